using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of ListTagsForResource: the tags of the resource. (service model: ListTagsForResourceResponse)</summary>
public sealed record ListTagsForResourceResponse : IResponseWithMetadata
{
    /// <summary>
    /// The list of all tags added to the specified resource (at most 50 entries; keys 1 to 128 and values 0 to
    /// 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content.
    /// (service model: ListTagsForResourceResponse.tags)
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
