using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>A robot as listed by ListRobots and DescribeFleet (service model: Robot).</summary>
public sealed record Robot
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: Robot.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>The name of the robot (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). (service model: Robot.name)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: Robot.fleetArn)
    /// </summary>
    [JsonPropertyName("fleetArn")]
    public string? FleetArn { get; init; }

    /// <summary>
    /// The status of the robot; <see cref="RobotStatus.Unknown"/> for a value this SDK does not know (its wire
    /// string is in <see cref="RawStatus"/>), null when absent. (service model: Robot.status)
    /// </summary>
    [JsonIgnore]
    public RobotStatus? Status
    {
        get => WireEnum<RobotStatus>.Parse(RawStatus);
        init => RawStatus = WireEnum<RobotStatus>.ToWire(value, nameof(Status));
    }

    /// <summary>The status exactly as the service sent it (<c>status</c>); set it to send a value this SDK does not know.</summary>
    [JsonPropertyName("status")]
    public string? RawStatus { get; init; }

    /// <summary>
    /// The Greengrass group associated with the robot. Spelled <c>greenGrassGroupId</c> on the wire in this
    /// shape, unlike the <c>greengrassGroupId</c> of CreateRobot and DescribeRobot (1 to 1224 characters).
    /// (service model: Robot.greenGrassGroupId)
    /// </summary>
    [JsonPropertyName("greenGrassGroupId")]
    public string? GreenGrassGroupId { get; init; }

    /// <summary>
    /// When the robot was created. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: Robot.createdAt)
    /// </summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The architecture of the robot; <see cref="Architecture.Unknown"/> for a value this SDK does not know
    /// (its wire string is in <see cref="RawArchitecture"/>), null when absent.
    /// (service model: Robot.architecture)
    /// </summary>
    [JsonIgnore]
    public Architecture? Architecture
    {
        get => WireEnum<Architecture>.Parse(RawArchitecture);
        init => RawArchitecture = WireEnum<Architecture>.ToWire(value, nameof(Architecture));
    }

    /// <summary>
    /// The architecture exactly as the service sent it (<c>architecture</c>); set it to send a value this SDK
    /// does not know.
    /// </summary>
    [JsonPropertyName("architecture")]
    public string? RawArchitecture { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the last deployment job (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: Robot.lastDeploymentJob)
    /// </summary>
    [JsonPropertyName("lastDeploymentJob")]
    public string? LastDeploymentJob { get; init; }

    /// <summary>
    /// The time of the last deployment. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: Robot.lastDeploymentTime)
    /// </summary>
    [JsonPropertyName("lastDeploymentTime")]
    public DateTimeOffset? LastDeploymentTime { get; init; }
}
