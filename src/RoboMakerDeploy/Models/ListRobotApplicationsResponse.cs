using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The reply of ListRobotApplications: one page of robot application summaries.
/// (service model: ListRobotApplicationsResponse)
/// </summary>
public sealed record ListRobotApplicationsResponse : IResponseWithMetadata
{
    /// <summary>
    /// A list of robot application summaries that meet the criteria of the request (at most 100). Compared by
    /// content. (service model: ListRobotApplicationsResponse.robotApplicationSummaries)
    /// </summary>
    [JsonPropertyName("robotApplicationSummaries")]
    public IReadOnlyList<RobotApplicationSummary> RobotApplicationSummaries
    {
        get;
        init => field = EquatableList<RobotApplicationSummary>.From(value);
    } = EquatableList<RobotApplicationSummary>.Empty;

    /// <summary>
    /// The token of the next page; null (or empty) when this is the last page (1 to 2048 of
    /// <c>[a-zA-Z0-9_.\-\/+=]</c>). (service model: ListRobotApplicationsResponse.nextToken)
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
