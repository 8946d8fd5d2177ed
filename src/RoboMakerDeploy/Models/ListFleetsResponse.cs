using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of ListFleets: one page of fleets. (service model: ListFleetsResponse)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record ListFleetsResponse : IResponseWithMetadata
{
    /// <summary>
    /// A list of fleet details meeting the request criteria (at most 200). Compared by content.
    /// (service model: ListFleetsResponse.fleetDetails)
    /// </summary>
    [JsonPropertyName("fleetDetails")]
    public IReadOnlyList<Fleet> FleetDetails
    {
        get;
        init => field = EquatableList<Fleet>.From(value);
    } = EquatableList<Fleet>.Empty;

    /// <summary>
    /// The token of the next page; null (or empty) when this is the last page (1 to 2048 of
    /// <c>[a-zA-Z0-9_.\-\/+=]</c>). (service model: ListFleetsResponse.nextToken)
    /// </summary>
    [JsonPropertyName("nextToken")]
    public string? NextToken { get; init; }

    /// <summary>
    /// What the client learnt while getting this response: request id, HTTP status, attempts (see
    /// <see cref="RoboMakerDeploy.ResponseMetadata"/>); null on a response the client did not return. Not part of the
    /// wire format, nor of value equality.
    /// </summary>
    [JsonIgnore]
    public ResponseMetadata? ResponseMetadata { get => _responseMetadata.Value; init => _responseMetadata = new(value); }

    private MetadataSlot _responseMetadata;

    void IResponseWithMetadata.AttachMetadata(ResponseMetadata metadata) => _responseMetadata = new(metadata);
}
