using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of ListDeploymentJobs: one page of deployment jobs.</summary>
public sealed record ListDeploymentJobsResponse : IResponseWithMetadata
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
