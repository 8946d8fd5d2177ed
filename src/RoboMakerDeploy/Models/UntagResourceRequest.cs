using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>The request of UntagResource: removes tags from a RoboMaker resource. (service model: UntagResourceRequest)</summary>
public sealed record UntagResourceRequest
{
    /// <summary>
    /// The Amazon Resource Name (ARN) of the AWS RoboMaker resource you are removing tags (1 to 1224
    /// characters, starting <c>arn:</c>). Required. Goes in the URL path (<c>/tags/{resourceArn}</c>,
    /// percent-encoded), not in the body. (service model: UntagResourceRequest.resourceArn)
    /// </summary>
    [JsonIgnore]
    public string ResourceArn { get; init; } = string.Empty;

    /// <summary>
    /// The keys of the tags to remove from the resource (each key 1 to 128 of <c>[a-zA-Z0-9 _.\-\/+=:]</c>).
    /// Required. Goes in the query string, one <c>tagKeys=</c> parameter per key, not in the body. Compared by
    /// content. (service model: UntagResourceRequest.tagKeys)
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> TagKeys
    {
        get;
        init => field = EquatableList<string>.From(value);
    } = EquatableList<string>.Empty;
}
