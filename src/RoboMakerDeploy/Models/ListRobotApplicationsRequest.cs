using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of ListRobotApplications: one page of robot applications, optionally filtered.
/// (service model: ListRobotApplicationsRequest)
/// </summary>
public sealed record ListRobotApplicationsRequest
{
    /// <summary>
    /// The version qualifier of the robot application: <c>ALL</c> lists every version, null lists the
    /// <c>$LATEST</c> versions. (service model: ListRobotApplicationsRequest.versionQualifier)
    /// </summary>
    [JsonPropertyName("versionQualifier")]
    public string? VersionQualifier { get; init; }

    /// <summary>
    /// The <c>nextToken</c> of a previous page, to continue from there; null for the first page. Opaque: pass
    /// it back unchanged (1 to 2048 of <c>[a-zA-Z0-9_.\-\/+=]</c>).
    /// (service model: ListRobotApplicationsRequest.nextToken)
    /// </summary>
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>
    /// The page size, 1 to 100; null for the service's default (100).
    /// (service model: ListRobotApplicationsRequest.maxResults)
    /// </summary>
    [JsonPropertyName("maxResults")]
    public int? MaxResults { get; init; }

    /// <summary>
    /// Optional filters, matched on the complete value: the filter name <c>name</c> is supported. The model's
    /// documentation speaks of up to three filters; its constraints allow one, with one value. Compared by
    /// content. (service model: ListRobotApplicationsRequest.filters)
    /// </summary>
    [JsonPropertyName("filters")]
    public IReadOnlyList<Filter>? Filters
    {
        get;
        init => field = value is null ? null : EquatableList<Filter>.From(value);
    }
}
