using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of ListRobots: one page of robots. (service model: ListRobotsResponse)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record ListRobotsResponse : IResponseWithMetadata
{
    /// <summary>
    /// A list of robots that meet the criteria of the request (at most 1000). Compared by content.
    /// (service model: ListRobotsResponse.robots)
    /// </summary>
    [JsonPropertyName("robots")]
    public IReadOnlyList<Robot> Robots
    {
        get;
        init => field = EquatableList<Robot>.From(value);
    } = EquatableList<Robot>.Empty;

    /// <summary>
    /// The token of the next page; null (or empty) when this is the last page (1 to 2048 of
    /// <c>[a-zA-Z0-9_.\-\/+=]</c>). (service model: ListRobotsResponse.nextToken)
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
