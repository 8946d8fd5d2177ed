using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The reply of ListTagsForResource: the tags of the resource. (service model: ListTagsForResourceResponse)</summary>
public sealed record ListTagsForResourceResponse
{
    /// <summary>
    /// The list of all tags added to the specified resource (at most 50 entries; keys 1 to 128 and values 0 to
    /// 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Compared by content.
    /// (service model: ListTagsForResourceResponse.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string>? Tags { get; init => field = EquatableDictionary.From(value); }
}
