using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The reply of DescribeFleet: the fleet, its robots and its last deployment.
/// (service model: DescribeFleetResponse)
/// </summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DescribeFleetResponse : IResponseWithMetadata
{
    /// <summary>The name of the fleet (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). (service model: DescribeFleetResponse.name)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DescribeFleetResponse.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>A list of robots (at most 1000). Compared by content. (service model: DescribeFleetResponse.robots)</summary>
    [JsonPropertyName("robots")]
    public IReadOnlyList<Robot> Robots
    {
        get;
        init => field = EquatableList<Robot>.From(value);
    } = EquatableList<Robot>.Empty;

    /// <summary>
    /// When the fleet was created. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: DescribeFleetResponse.createdAt)
    /// </summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The status of the last deployment; <see cref="DeploymentStatus.Unknown"/> for a value this SDK does not
    /// know (its wire string is in <see cref="RawLastDeploymentStatus"/>), null when absent.
    /// (service model: DescribeFleetResponse.lastDeploymentStatus)
    /// </summary>
    [JsonIgnore]
    public DeploymentStatus? LastDeploymentStatus
    {
        get => WireEnum<DeploymentStatus>.Parse(RawLastDeploymentStatus);
        init => RawLastDeploymentStatus = WireEnum<DeploymentStatus>.ToWire(value, nameof(LastDeploymentStatus));
    }

    /// <summary>
    /// The last deployment status exactly as the service sent it (<c>lastDeploymentStatus</c>); set it to send
    /// a value this SDK does not know.
    /// </summary>
    [JsonPropertyName("lastDeploymentStatus")]
    public string? RawLastDeploymentStatus { get; init; }

    /// <summary>
    /// The Amazon Resource Name (ARN) of the last deployment job (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DescribeFleetResponse.lastDeploymentJob)
    /// </summary>
    [JsonPropertyName("lastDeploymentJob")]
    public string? LastDeploymentJob { get; init; }

    /// <summary>
    /// The time of the last deployment. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: DescribeFleetResponse.lastDeploymentTime)
    /// </summary>
    [JsonPropertyName("lastDeploymentTime")]
    public DateTimeOffset? LastDeploymentTime { get; init; }

    /// <summary>
    /// The list of all tags added to the specified fleet (at most 50 entries; keys 1 to 128 and values 0 to 256
    /// of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content. (service model: DescribeFleetResponse.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }

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
