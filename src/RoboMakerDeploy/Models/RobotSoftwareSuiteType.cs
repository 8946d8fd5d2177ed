using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The kind of robot software suite a robot application runs on (the service's <c>RobotSoftwareSuiteType</c>,
/// sent as <c>robotSoftwareSuite.name</c>). A value the service adds later parses to <see cref="Unknown"/> and
/// stays readable from the model's <c>Raw*</c> property.
/// </summary>
/// <remarks>
/// Member names are the wire strings. The values are those of the latest service model
/// (robomaker-2018-06-29, service-2.json); the API pages of older revisions in the seeds do not list this enum.
/// </remarks>
[JsonConverter(typeof(WireEnumJsonConverter<RobotSoftwareSuiteType>))]
public enum RobotSoftwareSuiteType
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>ROS</c>: The Robot Operating System (ROS 1).</summary>
    ROS,

    /// <summary>Wire value <c>ROS2</c>: ROS 2.</summary>
    ROS2,

    /// <summary>Wire value <c>General</c>: No ROS distribution: an application packaged as a container image (see <see cref="Environment"/>).</summary>
    General,
}
