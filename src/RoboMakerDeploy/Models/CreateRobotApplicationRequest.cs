using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of CreateRobotApplication: creates a robot application.
/// (service model: CreateRobotApplicationRequest)
/// </summary>
public sealed record CreateRobotApplicationRequest
{
    /// <summary>
    /// The name of the robot application (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). Required.
    /// (service model: CreateRobotApplicationRequest.name)
    /// </summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    /// <summary>
    /// The sources of the robot application. Compared by content.
    /// (service model: CreateRobotApplicationRequest.sources)
    /// </summary>
    [JsonPropertyName("sources")]
    public IReadOnlyList<SourceConfig>? Sources
    {
        get;
        init => field = value is null ? null : EquatableList<SourceConfig>.From(value);
    }

    /// <summary>
    /// The robot software suite (ROS distribution) used by the robot application. Required.
    /// (service model: CreateRobotApplicationRequest.robotSoftwareSuite)
    /// </summary>
    [JsonPropertyName("robotSoftwareSuite")]
    public RobotSoftwareSuite? RobotSoftwareSuite { get; init; }

    /// <summary>
    /// A map that contains tag keys and tag values that are attached to the robot application (at most 50
    /// entries; keys 1 to 128 and values 0 to 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content.
    /// (service model: CreateRobotApplicationRequest.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }

    /// <summary>
    /// The object that contains that URI of the Docker image that you use for your robot application.
    /// (service model: CreateRobotApplicationRequest.environment)
    /// </summary>
    [JsonPropertyName("environment")]
    public Environment? Environment { get; init; }
}
