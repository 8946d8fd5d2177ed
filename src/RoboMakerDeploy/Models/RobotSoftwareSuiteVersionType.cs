using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The version of the robot software suite (ROS distribution) a robot application runs on (the service's
/// <c>RobotSoftwareSuiteVersionType</c>, sent as <c>robotSoftwareSuite.version</c>). A value the service adds
/// later parses to <see cref="Unknown"/> and stays readable from the model's <c>Raw*</c> property.
/// </summary>
/// <remarks>
/// Member names are the wire strings. The values are those of the latest service model
/// (robomaker-2018-06-29, service-2.json); the API pages of older revisions in the seeds do not list this enum.
/// </remarks>
[JsonConverter(typeof(WireEnumJsonConverter<RobotSoftwareSuiteVersionType>))]
public enum RobotSoftwareSuiteVersionType
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>Kinetic</c>: ROS Kinetic Kame (with <see cref="RobotSoftwareSuiteType.ROS"/>).</summary>
    Kinetic,

    /// <summary>Wire value <c>Melodic</c>: ROS Melodic Morenia (with <see cref="RobotSoftwareSuiteType.ROS"/>).</summary>
    Melodic,

    /// <summary>Wire value <c>Dashing</c>: ROS 2 Dashing Diademata (with <see cref="RobotSoftwareSuiteType.ROS2"/>).</summary>
    Dashing,

    /// <summary>Wire value <c>Foxy</c>: ROS 2 Foxy Fitzroy (with <see cref="RobotSoftwareSuiteType.ROS2"/>).</summary>
    Foxy,
}
