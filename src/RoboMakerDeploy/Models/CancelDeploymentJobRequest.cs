using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of CancelDeploymentJob.</summary>
public sealed record CancelDeploymentJobRequest
{
    /// <summary>The Amazon Resource Name (ARN) of the deployment job to cancel. Required.</summary>
    [JsonPropertyName("job")]
    public string Job { get; init; } = string.Empty;
}
