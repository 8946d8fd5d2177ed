using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>A fleet as listed by ListFleets: a logical group of robots (service model: Fleet).</summary>
public sealed record Fleet
{
    /// <summary>The name of the fleet (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). (service model: Fleet.name)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: Fleet.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>
    /// When the fleet was created. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: Fleet.createdAt)
    /// </summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The status of the last fleet deployment; <see cref="DeploymentStatus.Unknown"/> for a value this SDK
    /// does not know (its wire string is in <see cref="RawLastDeploymentStatus"/>), null when absent.
    /// (service model: Fleet.lastDeploymentStatus)
    /// </summary>
    [JsonIgnore]
    public DeploymentStatus? LastDeploymentStatus
    {
        get => WireEnum<DeploymentStatus>.Parse(RawLastDeploymentStatus);
        init => RawLastDeploymentStatus = WireEnum<DeploymentStatus>.ToWire(value, nameof(LastDeploymentStatus));
    }

    /// <summary>
    /// The last deployment status exactly as the service sent it (<c>lastDeploymentStatus</c>); set it to send
    /// a value this SDK does not know.
    /// </summary>
    [JsonPropertyName("lastDeploymentStatus")]
    public string? RawLastDeploymentStatus { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the last deployment job (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: Fleet.lastDeploymentJob)
    /// </summary>
    [JsonPropertyName("lastDeploymentJob")]
    public string? LastDeploymentJob { get; init; }

    /// <summary>
    /// The time of the last deployment. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: Fleet.lastDeploymentTime)
    /// </summary>
    [JsonPropertyName("lastDeploymentTime")]
    public DateTimeOffset? LastDeploymentTime { get; init; }
}
