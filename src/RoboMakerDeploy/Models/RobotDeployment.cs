using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>One robot's part in a deployment job (an entry of <c>robotDeploymentSummary</c>).</summary>
public sealed record RobotDeployment
{
    /// <summary>The robot's Amazon Resource Name (ARN).</summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>When the deployment to this robot started.</summary>
    [JsonPropertyName("deploymentStartTime")]
    public DateTimeOffset? DeploymentStartTime { get; init; }

    /// <summary>When the deployment to this robot finished.</summary>
    [JsonPropertyName("deploymentFinishTime")]
    public DateTimeOffset? DeploymentFinishTime { get; init; }

    /// <summary>
    /// The robot's status; <see cref="RobotStatus.Unknown"/> for a status this SDK does not know (its
    /// wire string is in <see cref="RawStatus"/>), null when the service sent none.
    /// </summary>
    [JsonIgnore]
    public RobotStatus? Status
    {
        get => WireEnum<RobotStatus>.Parse(RawStatus);
        init => RawStatus = WireEnum<RobotStatus>.ToWire(value, nameof(Status));
    }

    /// <summary>The robot's status exactly as the service sent it (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public string? RawStatus { get; init; }

    /// <summary>How far the deployment to this robot has come.</summary>
    [JsonPropertyName("progressDetail")]
    public ProgressDetail? ProgressDetail { get; init; }

    /// <summary>A short description of the reason why the robot deployment failed.</summary>
    [JsonPropertyName("failureReason")]
    public string? FailureReason { get; init; }

    /// <summary>
    /// The robot deployment failure code; <see cref="DeploymentJobErrorCode.Unknown"/> for a code this SDK
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
}
