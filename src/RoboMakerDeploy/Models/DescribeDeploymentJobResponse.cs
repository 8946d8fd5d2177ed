using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of DescribeDeploymentJob: the job and every robot's part in it.</summary>
/// <remarks>Its own members carry a <see cref="JsonPropertyOrderAttribute"/> so they are written after the shared ones, as the service orders them.</remarks>
public sealed record DescribeDeploymentJobResponse : DeploymentJobInfo, IResponseWithMetadata
{
    /// <summary>One summary per robot of the fleet. Compared by content.</summary>
    [JsonPropertyName("robotDeploymentSummary")]
    [JsonPropertyOrder(1)]
    public IReadOnlyList<RobotDeployment> RobotDeploymentSummary
    {
        get;
        init => field = EquatableList<RobotDeployment>.From(value);
    } = EquatableList<RobotDeployment>.Empty;

    /// <summary>The tags attached to the deployment job, or null when none were returned. Compared by content.</summary>
    [JsonPropertyName("tags")]
    [JsonPropertyOrder(2)]
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
