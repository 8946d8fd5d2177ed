using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of DescribeDeploymentJob.</summary>
public sealed record DescribeDeploymentJobRequest
{
    /// <summary>The Amazon Resource Name (ARN) of the deployment job. Required.</summary>
    [JsonPropertyName("job")]
    public string Job { get; init; } = string.Empty;
}
