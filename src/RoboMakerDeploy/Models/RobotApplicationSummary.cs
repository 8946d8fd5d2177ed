using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>A robot application as listed by ListRobotApplications (service model: RobotApplicationSummary).</summary>
public sealed record RobotApplicationSummary
{
    /// <summary>
    /// The name of the robot application (1 to 255 of <c>[a-zA-Z0-9_\-]</c>).
    /// (service model: RobotApplicationSummary.name)
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot application (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: RobotApplicationSummary.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>
    /// The version of the robot application (1 to 255 characters: <c>$LATEST</c> or digits).
    /// (service model: RobotApplicationSummary.version)
    /// </summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>
    /// When the robot application was last updated. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: RobotApplicationSummary.lastUpdatedAt)
    /// </summary>
    [JsonPropertyName("lastUpdatedAt")]
    public DateTimeOffset? LastUpdatedAt { get; init; }

    /// <summary>
    /// Information about a robot software suite (ROS distribution).
    /// (service model: RobotApplicationSummary.robotSoftwareSuite)
    /// </summary>
    [JsonPropertyName("robotSoftwareSuite")]
    public RobotSoftwareSuite? RobotSoftwareSuite { get; init; }
}
