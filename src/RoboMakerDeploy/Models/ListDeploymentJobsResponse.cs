using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of ListDeploymentJobs: one page of deployment jobs.</summary>
public sealed record ListDeploymentJobsResponse
{
    /// <summary>The deployment jobs of this page. Compared by content.</summary>
    [JsonPropertyName("deploymentJobs")]
    public IReadOnlyList<DeploymentJob> DeploymentJobs
    {
        get;
        init => field = EquatableList<DeploymentJob>.From(value);
    } = EquatableList<DeploymentJob>.Empty;

    /// <summary>The token of the next page; null (or empty) when this is the last page.</summary>
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }
}
