using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of ListFleets: one page of fleets, optionally filtered. (service model: ListFleetsRequest)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record ListFleetsRequest
{
    /// <summary>
    /// The <c>nextToken</c> of a previous page, to continue from there; null for the first page. Opaque: pass
    /// it back unchanged (1 to 2048 of <c>[a-zA-Z0-9_.\-\/+=]</c>).
    /// (service model: ListFleetsRequest.nextToken)
    /// </summary>
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>
    /// The page size, 1 to 200; null for the service's default (200).
    /// (service model: ListFleetsRequest.maxResults)
    /// </summary>
    [JsonPropertyName("maxResults")]
    public int? MaxResults { get; init; }

    /// <summary>
    /// Optional filters, matched on the complete value: the filter name <c>name</c> is supported. The model's
    /// documentation speaks of up to three filters; its constraints allow one, with one value. Compared by
    /// content. (service model: ListFleetsRequest.filters)
    /// </summary>
    [JsonPropertyName("filters")]
    public IReadOnlyList<Filter>? Filters
    {
        get;
        init => field = value is null ? null : EquatableList<Filter>.From(value);
    }
}
