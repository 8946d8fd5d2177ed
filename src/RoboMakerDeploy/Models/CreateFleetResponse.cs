using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of CreateFleet: the new fleet. (service model: CreateFleetResponse)</summary>
/// <remarks>The service has retired this operation: the model's documentation says it "is no longer supported and will throw an error if used".</remarks>
public sealed record CreateFleetResponse : IResponseWithMetadata
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the fleet (1 to 1224 characters, starting <c>arn:</c>).
    /// (service model: CreateFleetResponse.arn)
    /// </summary>
    [JsonPropertyName("arn")]
    public string? Arn { get; init; }

    /// <summary>The name of the fleet (1 to 255 of <c>[a-zA-Z0-9_\-]</c>). (service model: CreateFleetResponse.name)</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>
    /// When the fleet was created. Epoch seconds on the wire, kept to the millisecond.
    /// (service model: CreateFleetResponse.createdAt)
    /// </summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// The list of all tags added to the fleet (at most 50 entries; keys 1 to 128 and values 0 to 256 of
    /// <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content. (service model: CreateFleetResponse.tags)
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
