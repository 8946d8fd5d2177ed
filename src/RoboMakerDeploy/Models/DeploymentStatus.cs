using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The status of a deployment job (the service's <c>DeploymentStatus</c>). Every value of every API
/// revision is a member; a value the service adds later parses to <see cref="Unknown"/> and the wire
/// string stays readable from the model's <c>RawStatus</c> property.
/// </summary>
[JsonConverter(typeof(WireEnumJsonConverter<DeploymentStatus>))]
public enum DeploymentStatus
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>Pending</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    Pending,

    /// <summary>Wire value <c>Preparing</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    Preparing,

    /// <summary>Wire value <c>InProgress</c>. The service's pages give no description. In every revision (present before 2019-11-04).</summary>
    InProgress,

    /// <summary>Wire value <c>Failed</c>. The service's pages give no description. The SDK treats it as terminal. In every revision (present before 2019-11-04).</summary>
    Failed,

    /// <summary>Wire value <c>Succeeded</c>. The service's pages give no description. The SDK treats it as terminal. In every revision (present before 2019-11-04).</summary>
    Succeeded,

    /// <summary>Wire value <c>Canceled</c>. The service's pages give no description. The SDK treats it as terminal. In every revision (present before 2019-11-04).</summary>
    Canceled,
}
