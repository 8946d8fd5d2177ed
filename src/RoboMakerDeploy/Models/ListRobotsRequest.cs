using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of ListRobots: one page of robots, optionally filtered. (service model: ListRobotsRequest)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record ListRobotsRequest
{
    /// <summary>
    /// The <c>nextToken</c> of a previous page, to continue from there; null for the first page. Opaque: pass
    /// it back unchanged (1 to 2048 of <c>[a-zA-Z0-9_.\-\/+=]</c>).
    /// (service model: ListRobotsRequest.nextToken)
    /// </summary>
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>
    /// The page size, 1 to 200; null for the service's default (200).
    /// (service model: ListRobotsRequest.maxResults)
    /// </summary>
    [JsonPropertyName("maxResults")]
    public int? MaxResults { get; init; }

    /// <summary>
    /// Optional filters, matched on the complete value: the filter names <c>status</c> and <c>fleetName</c> are
    /// supported, for example the status <c>Registered</c> or <c>Available</c>. The model's documentation
    /// speaks of up to three values of one name; its constraints allow one filter, with one value. Compared by
    /// content. (service model: ListRobotsRequest.filters)
    /// </summary>
    [JsonPropertyName("filters")]
    public IReadOnlyList<Filter>? Filters
    {
        get;
        init => field = value is null ? null : EquatableList<Filter>.From(value);
    }
}
