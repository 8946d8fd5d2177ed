using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of ListDeploymentJobs: one page of deployment jobs, optionally filtered.</summary>
public sealed record ListDeploymentJobsRequest
{
    /// <summary>
    /// Optional filters: one filter, named <c>status</c> or <c>fleetName</c>, with up to three values.
    /// Compared by content.
    /// </summary>
    [JsonPropertyName("filters")]
    public IReadOnlyList<Filter>? Filters
    {
        get;
        init => field = value is null ? null : EquatableList<Filter>.From(value);
    }

    /// <summary>The <c>nextToken</c> of a previous page, to continue from there; null for the first page.</summary>
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 200; null for the service's default.</summary>
    [JsonPropertyName("maxResults")]
    public int? MaxResults { get; init; }
}
