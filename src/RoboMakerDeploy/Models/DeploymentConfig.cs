using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>How a deployment rolls out across the fleet.</summary>
public sealed record DeploymentConfig
{
    /// <summary>The percentage of robots receiving the deployment at the same time (1 to 100).</summary>
    [JsonPropertyName("concurrentDeploymentPercentage")]
    public int? ConcurrentDeploymentPercentage { get; init; }

    /// <summary>The percentage of deployments that need to fail before stopping deployment (1 to 100).</summary>
    [JsonPropertyName("failureThresholdPercentage")]
    public int? FailureThresholdPercentage { get; init; }

    /// <summary>
    /// The amount of time, in seconds, to wait for deployment to a single robot to complete: between
    /// 1 minute and 7 days. The service's default is 5 hours.
    /// </summary>
    [JsonPropertyName("robotDeploymentTimeoutInSeconds")]
    public long? RobotDeploymentTimeoutInSeconds { get; init; }

    /// <summary>The download condition file: a script run on each robot before the new deployment is downloaded (since 2019-11-04).</summary>
    [JsonPropertyName("downloadConditionFile")]
    public S3Object? DownloadConditionFile { get; init; }
}
