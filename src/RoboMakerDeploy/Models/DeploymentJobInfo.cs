using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The members every deployment-job reply shares: the list entry <see cref="DeploymentJob"/> and the
/// replies of CreateDeploymentJob, DescribeDeploymentJob and SyncDeploymentJob.
/// </summary>
public abstract record DeploymentJobInfo
{
    /// <summary>The Amazon Resource Name (ARN) of the deployment job.</summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>The Amazon Resource Name (ARN) of the fleet.</summary>
    [JsonPropertyName("fleet")]
    public string? Fleet { get; init; }

    /// <summary>
    /// The status of the deployment job; <see cref="DeploymentStatus.Unknown"/> for a status this SDK does
    /// not know (its wire string is in <see cref="RawStatus"/>), null when the service sent none.
    /// </summary>
    [JsonIgnore]
    public DeploymentStatus? Status
    {
        get => WireEnum<DeploymentStatus>.Parse(RawStatus);
        init => RawStatus = WireEnum<DeploymentStatus>.ToWire(value, nameof(Status));
    }

    /// <summary>The status exactly as the service sent it (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public string? RawStatus { get; init; }

    /// <summary>The deployment configuration.</summary>
    [JsonPropertyName("deploymentConfig")]
    public DeploymentConfig? DeploymentConfig { get; init; }

    /// <summary>The deployment application configuration (one entry). Compared by content.</summary>
    [JsonPropertyName("deploymentApplicationConfigs")]
    public IReadOnlyList<DeploymentApplicationConfig> DeploymentApplicationConfigs
    {
        get;
        init => field = EquatableList<DeploymentApplicationConfig>.From(value);
    } = EquatableList<DeploymentApplicationConfig>.Empty;

    /// <summary>A short description of the reason why the deployment job failed.</summary>
    [JsonPropertyName("failureReason")]
    public string? FailureReason { get; init; }

    /// <summary>
    /// The deployment job failure code; <see cref="DeploymentJobErrorCode.Unknown"/> for a code this SDK
    /// does not know (its wire string is in <see cref="RawFailureCode"/>), null when there is none.
    /// </summary>
    [JsonIgnore]
    public DeploymentJobErrorCode? FailureCode
    {
        get => WireEnum<DeploymentJobErrorCode>.Parse(RawFailureCode);
        init => RawFailureCode = WireEnum<DeploymentJobErrorCode>.ToWire(value, nameof(FailureCode));
    }

    /// <summary>The failure code exactly as the service sent it (<c>failureCode</c>).</summary>
    [JsonPropertyName("failureCode")]
    public string? RawFailureCode { get; init; }

    /// <summary>When the deployment job was created (epoch seconds on the wire, kept to the millisecond).</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }
}
