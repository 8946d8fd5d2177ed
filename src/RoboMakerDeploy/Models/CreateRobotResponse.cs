using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of CreateRobot: the new robot. (service model: CreateRobotResponse)</summary>
/// <remarks>The service has retired this operation: the model's documentation says it "is no longer supported and will throw an error if used".</remarks>
public sealed record CreateRobotResponse : IResponseWithMetadata
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the robot (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: CreateRobotResponse.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>The name of the robot (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). (service model: CreateRobotResponse.name)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// When the robot was created. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: CreateRobotResponse.createdAt)
    /// </summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The ID of the Greengrass group associated with the robot; the model's documentation calls it an ARN (1
    /// to 1224 characters). (service model: CreateRobotResponse.greengrassGroupId)
    /// </summary>
    [JsonPropertyName("greengrassGroupId")]
    public string? GreengrassGroupId { get; init; }

    /// <summary>
    /// The target architecture of the robot; <see cref="Architecture.Unknown"/> for a value this SDK does not
    /// know (its wire string is in <see cref="RawArchitecture"/>), null when absent.
    /// (service model: CreateRobotResponse.architecture)
    /// </summary>
    [JsonIgnore]
    public Architecture? Architecture
    {
        get => WireEnum<Architecture>.Parse(RawArchitecture);
        init => RawArchitecture = WireEnum<Architecture>.ToWire(value, nameof(Architecture));
    }

    /// <summary>
    /// The architecture exactly as the service sent it (<c>architecture</c>); set it to send a value this SDK
    /// does not know.
    /// </summary>
    [JsonPropertyName("architecture")]
    public string? RawArchitecture { get; init; }

    /// <summary>
    /// The list of all tags added to the robot (at most 50 entries; keys 1 to 128 and values 0 to 256 of
    /// <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content. (service model: CreateRobotResponse.tags)
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
