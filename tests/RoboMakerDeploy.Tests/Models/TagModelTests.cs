using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.WireJson;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>
/// Wire bytes of TagResource, UntagResource and ListTagsForResource: the resource ARN (and UntagResource's
/// tag keys) go in the URL, so they never appear in the body.
/// </summary>
public sealed class TagModelTests
{
    private const string ResourceArn = FleetModelTests.FleetArn;

    [Fact]
    public void TagResource_body_holds_only_the_tags()
    {
        var request = new TagResourceRequest
        {
            ResourceArn = ResourceArn,
            Tags = new Dictionary<string, string> { ["team"] = "nav", ["cost-center"] = "", ["a:b/c+d=e"] = "x y" },
        };
        // The SDK's writer escapes '+' as \u002B: the same JSON string.
        Assert.Equal("""{"tags":{"team":"nav","cost-center":"","a:b/c\u002Bd=e":"x y"}}""", Write(request));

        var parsed = Parse<TagResourceRequest>("""{"resourceArn":"arn:ignored","tags":{"team":"nav","cost-center":"","a:b/c+d=e":"x y"}}""");
        Assert.Equal(string.Empty, parsed.ResourceArn);
        Assert.Equal(request with { ResourceArn = string.Empty }, parsed);

        AssertReply("{}", new TagResourceResponse());
    }

    [Fact]
    public void UntagResource_body_is_empty()
    {
        var request = new UntagResourceRequest { ResourceArn = ResourceArn, TagKeys = ["team", "cost-center"] };
        Assert.Equal("{}", Write(request));
        Assert.Equal(["team", "cost-center"], request.TagKeys);
        Assert.Equal(request, request with { TagKeys = ["team", "cost-center"] });
        Assert.NotEqual(request, request with { TagKeys = ["team"] });

        AssertReply("{}", new UntagResourceResponse());
    }

    [Fact]
    public void ListTagsForResource_body_is_empty_and_the_reply_holds_the_tags()
    {
        Assert.Equal("{}", Write(new ListTagsForResourceRequest { ResourceArn = ResourceArn }));

        AssertReply(
            """{"tags":{"team":"nav","env":""}}""",
            new ListTagsForResourceResponse { Tags = new Dictionary<string, string> { ["env"] = "", ["team"] = "nav" } });
        Assert.Null(Parse<ListTagsForResourceResponse>("{}").Tags);
    }
}
