using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of DeregisterRobot: deregisters a robot from its fleet. (service model: DeregisterRobotRequest)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DeregisterRobotRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>). Required.
    /// (service model: DeregisterRobotRequest.fleet)
    /// </summary>
    [JsonPropertyName("fleet")]
    public string Fleet { get; init; } = string.Empty;

    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>). Required.
    /// (service model: DeregisterRobotRequest.robot)
    /// </summary>
    [JsonPropertyName("robot")]
    public string Robot { get; init; } = string.Empty;
}
