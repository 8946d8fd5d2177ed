using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of UpdateRobotApplication: updates the <c>$LATEST</c> version of a robot application.
/// (service model: UpdateRobotApplicationRequest)
/// </summary>
public sealed record UpdateRobotApplicationRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot application to update (1 to 1224 characters, starting
    /// <c>arn:</c>). Required. (service model: UpdateRobotApplicationRequest.application)
    /// </summary>
    [JsonPropertyName("application")]
    public string Application { get; init; } = string.Empty;

    /// <summary>
    /// The sources of the robot application. Compared by content.
    /// (service model: UpdateRobotApplicationRequest.sources)
    /// </summary>
    [JsonPropertyName("sources")]
    public IReadOnlyList<SourceConfig>? Sources
    {
        get;
        init => field = value is null ? null : EquatableList<SourceConfig>.From(value);
    }

    /// <summary>
    /// The robot software suite (ROS distribution) used by the robot application. Required.
    /// (service model: UpdateRobotApplicationRequest.robotSoftwareSuite)
    /// </summary>
    [JsonPropertyName("robotSoftwareSuite")]
    public RobotSoftwareSuite? RobotSoftwareSuite { get; init; }

    /// <summary>
    /// The revision id for the robot application (1 to 40 of <c>[a-zA-Z0-9_.\-]</c>).
    /// (service model: UpdateRobotApplicationRequest.currentRevisionId)
    /// </summary>
    [JsonPropertyName("currentRevisionId")]
    public string? CurrentRevisionId { get; init; }

    /// <summary>
    /// The object that contains the Docker image URI for your robot application.
    /// (service model: UpdateRobotApplicationRequest.environment)
    /// </summary>
    [JsonPropertyName("environment")]
    public Environment? Environment { get; init; }
}
