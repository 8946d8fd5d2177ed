using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of DescribeRobot: describes a robot. (service model: DescribeRobotRequest)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DescribeRobotRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot to be described (1 to 1224 characters, starting
    /// <c>arn:</c>). Required. (service model: DescribeRobotRequest.robot)
    /// </summary>
    [JsonPropertyName("robot")]
    public string Robot { get; init; } = string.Empty;
}
