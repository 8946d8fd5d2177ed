using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>How far one robot's deployment has come.</summary>
public sealed record ProgressDetail
{
    /// <summary>
    /// The current step; <see cref="RobotDeploymentStep.Unknown"/> for a step this SDK does not know
    /// (its wire string is in <see cref="RawCurrentProgress"/>), null when the service sent none.
    /// </summary>
    [JsonIgnore]
    public RobotDeploymentStep? CurrentProgress
    {
        get => WireEnum<RobotDeploymentStep>.Parse(RawCurrentProgress);
        init => RawCurrentProgress = WireEnum<RobotDeploymentStep>.ToWire(value, nameof(CurrentProgress));
    }

    /// <summary>The current step exactly as the service sent it (<c>currentProgress</c>).</summary>
    [JsonPropertyName("currentProgress")]
    public string? RawCurrentProgress { get; init; }

    /// <summary>
    /// Percentage of the step that is done. Only the DownloadingExtracting step reports it; null for the others.
    /// </summary>
    [JsonPropertyName("percentDone")]
    public float? PercentDone { get; init; }

    /// <summary>
    /// Estimated time in seconds remaining in the step. Only the DownloadingExtracting step reports it; null for the others.
    /// </summary>
    [JsonPropertyName("estimatedTimeRemainingSeconds")]
    public int? EstimatedTimeRemainingSeconds { get; init; }

    /// <summary>The Amazon Resource Name (ARN) of the deployment job.</summary>
    [JsonPropertyName("targetResource")]
    public string? TargetResource { get; init; }
}
