using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The robot software suite (ROS distribution) a robot application runs on (service model: RobotSoftwareSuite).</summary>
public sealed record RobotSoftwareSuite
{
    /// <summary>
    /// The name of the robot software suite (ROS distribution); <see cref="RobotSoftwareSuiteType.Unknown"/>
    /// for a value this SDK does not know (its wire string is in <see cref="RawName"/>), null when absent.
    /// (service model: RobotSoftwareSuite.name)
    /// Setting <c>Unknown</c> or a value outside the enum is refused when the request is validated, before anything
    /// is sent: an <see cref="ArgumentException"/> naming the wire path (<c>robotSoftwareSuite.name</c>) and the allowed values.
    /// </summary>
    [JsonIgnore]
    public RobotSoftwareSuiteType? Name
    {
        get => WireEnum<RobotSoftwareSuiteType>.Parse(RawName);
        init => RawName = WireEnum<RobotSoftwareSuiteType>.ToWireOrRefusedValue(value);
    }

    /// <summary>The name as its wire string (<c>name</c>); in a request, validation accepts only the service model's values (ROS | ROS2 | General) and refuses any other before sending.</summary>
    [JsonPropertyName("name")]
    public string? RawName { get; init; }

    /// <summary>
    /// The version of the robot software suite (ROS distribution);
    /// <see cref="RobotSoftwareSuiteVersionType.Unknown"/> for a value this SDK does not know (its wire string
    /// is in <see cref="RawVersion"/>), null when absent. (service model: RobotSoftwareSuite.version)
    /// Setting <c>Unknown</c> or a value outside the enum is refused when the request is validated, before anything
    /// is sent: an <see cref="ArgumentException"/> naming the wire path (<c>robotSoftwareSuite.version</c>) and the allowed values.
    /// </summary>
    [JsonIgnore]
    public RobotSoftwareSuiteVersionType? Version
    {
        get => WireEnum<RobotSoftwareSuiteVersionType>.Parse(RawVersion);
        init => RawVersion = WireEnum<RobotSoftwareSuiteVersionType>.ToWireOrRefusedValue(value);
    }

    /// <summary>The version as its wire string (<c>version</c>); in a request, validation accepts only the service model's values (Kinetic | Melodic | Dashing | Foxy) and refuses any other before sending.</summary>
    [JsonPropertyName("version")]
    public string? RawVersion { get; init; }
}
