using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Models;

/// <summary>
/// The request of ListTagsForResource: the tags of a RoboMaker resource.
/// (service model: ListTagsForResourceRequest)
/// </summary>
public sealed record ListTagsForResourceRequest
{
    /// <summary>
    /// The AWS RoboMaker Amazon Resource Name (ARN) with tags to be listed (1 to 1224 characters, starting
    /// <c>arn:</c>). Required. Goes in the URL path (<c>/tags/{resourceArn}</c>, percent-encoded), not in the
    /// body. (service model: ListTagsForResourceRequest.resourceArn)
    /// </summary>
    [JsonIgnore]
    public string ResourceArn { get; init; } = string.Empty;
}
