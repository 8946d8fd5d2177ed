using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of TagResource: adds or changes tags on a RoboMaker resource. (service model: TagResourceRequest)</summary>
public sealed record TagResourceRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the AWS RoboMaker resource you are tagging (1 to 1224 characters,
    /// starting <c>arn:</c>). Required. Goes in the URL path (<c>/tags/{resourceArn}</c>, percent-encoded), not
    /// in the body. (service model: TagResourceRequest.resourceArn)
    /// </summary>
    [JsonIgnore]
    public string ResourceArn { get; init; } = string.Empty;

    /// <summary>
    /// A map that contains tag keys and tag values that are attached to the resource (at most 50 entries; keys
    /// 1 to 128 and values 0 to 256 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>). Required. Compared by content.
    /// (service model: TagResourceRequest.tags)
    /// </summary>
    [JsonPropertyName("tags")]
    public IReadOnlyDictionary<string, string> Tags { get; init => field = EquatableDictionary.From(value); } = EquatableDictionary.Empty;
}
