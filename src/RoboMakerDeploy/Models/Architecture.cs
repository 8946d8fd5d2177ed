using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The target processor architecture of a robot or of a robot application's source (the service's
/// <c>Architecture</c>, sent as <c>architecture</c>). A value the service adds later parses to <see
/// cref="Unknown"/> and stays readable from the model's <c>Raw*</c> property.
/// </summary>
/// <remarks>
/// Member names are the wire strings. The values are those of the latest service model
/// (robomaker-2018-06-29, service-2.json); the API pages of older revisions in the seeds do not list this enum.
/// </remarks>
[JsonConverter(typeof(WireEnumJsonConverter<Architecture>))]
public enum Architecture
{
    /// <summary>A value this version of the SDK does not know; read the model's raw string for it. Never sent.</summary>
    Unknown = 0,

    /// <summary>Wire value <c>X86_64</c>: 64-bit x86 (amd64).</summary>
    X86_64,

    /// <summary>Wire value <c>ARM64</c>: 64-bit ARM (aarch64).</summary>
    ARM64,

    /// <summary>Wire value <c>ARMHF</c>: 32-bit ARM with hardware floating point (armhf).</summary>
    ARMHF,
}
