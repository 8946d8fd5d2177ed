using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of CreateDeploymentJob: the new deployment job.</summary>
public sealed record CreateDeploymentJobResponse : DeploymentJobInfo
{
    /// <summary>The tags attached to the deployment job, or null when none were returned. Compared by content.</summary>
    [JsonPropertyName("tags")]
    [JsonPropertyOrder(1)]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }
}
