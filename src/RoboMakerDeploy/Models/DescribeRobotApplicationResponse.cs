using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The reply of DescribeRobotApplication: the robot application version.
/// (service model: DescribeRobotApplicationResponse)
/// </summary>
public sealed record DescribeRobotApplicationResponse : IResponseWithMetadata
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot application (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: DescribeRobotApplicationResponse.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>
    /// The name of the robot application (1 to 255 of <c>[a-zA-Z0-9_\-]</c>).
    /// (service model: DescribeRobotApplicationResponse.name)
    /// </summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// The version of the robot application (1 to 255 characters: <c>$LATEST</c> or digits).
    /// (service model: DescribeRobotApplicationResponse.version)
    /// </summary>
    [JsonPropertyName("version")]
    public string? Version { get; init; }

    /// <summary>
    /// The sources of the robot application. Compared by content.
    /// (service model: DescribeRobotApplicationResponse.sources)
    /// </summary>
    [JsonPropertyName("sources")]
    public IReadOnlyList<Source> Sources
    {
        get;
        init => field = EquatableList<Source>.From(value);
    } = EquatableList<Source>.Empty;

    /// <summary>
    /// The robot software suite (ROS distribution) used by the robot application.
    /// (service model: DescribeRobotApplicationResponse.robotSoftwareSuite)
    /// </summary>
    [JsonPropertyName("robotSoftwareSuite")]
    public RobotSoftwareSuite? RobotSoftwareSuite { get; init; }

    /// <summary>
    /// The revision id of the robot application (1 to 40 of <c>[a-zA-Z0-9_.\-]</c>).
    /// (service model: DescribeRobotApplicationResponse.revisionId)
    /// </summary>
    [JsonPropertyName("revisionId")]
    public string? RevisionId { get; init; }

    /// <summary>
    /// When the robot application was last updated. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: DescribeRobotApplicationResponse.lastUpdatedAt)
    /// </summary>
    [JsonPropertyName("lastUpdatedAt")]
    public DateTimeOffset? LastUpdatedAt { get; init; }

    /// <summary>
    /// The list of all tags added to the specified robot application (at most 50 entries; keys 1 to 128 and
    /// values 0 to 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content.
    /// (service model: DescribeRobotApplicationResponse.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }

    /// <summary>
    /// The object that contains the Docker image URI used to create the robot application.
    /// (service model: DescribeRobotApplicationResponse.environment)
    /// </summary>
    [JsonPropertyName("environment")]
    public Environment? Environment { get; init; }

    /// <summary>
    /// A SHA256 identifier for the Docker image that you use for your robot application (at most 72 characters
    /// matching <c>[Ss][Hh][Aa]256:[0-9a-fA-F]{64}</c>).
    /// (service model: DescribeRobotApplicationResponse.imageDigest)
    /// </summary>
    [JsonPropertyName("imageDigest")]
    public string? ImageDigest { get; init; }

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
