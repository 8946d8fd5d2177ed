using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The status of one robot's deployment (the service's <c>RobotStatus</c>). A value the service adds
/// later parses to <see cref="Unknown"/> and stays readable from <see cref="RobotDeployment.RawStatus"/>.
/// </summary>
[JsonConverter(typeof(WireEnumJsonConverter<RobotStatus>))]
public enum RobotStatus
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>Available</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    Available,

    /// <summary>Wire value <c>Registered</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    Registered,

    /// <summary>Wire value <c>PendingNewDeployment</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    PendingNewDeployment,

    /// <summary>Wire value <c>Deploying</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    Deploying,

    /// <summary>Wire value <c>Failed</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    Failed,

    /// <summary>Wire value <c>InSync</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    InSync,

    /// <summary>Wire value <c>NoResponse</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    NoResponse,
}
