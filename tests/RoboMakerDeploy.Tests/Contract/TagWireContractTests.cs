using RoboMakerDeploy.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>
/// TagResource, UntagResource and ListTagsForResource through the client: the resource ARN as one escaped path
/// segment (':' and '/' percent-encoded, as botocore sends it), the keys of UntagResource as repeated query
/// parameters, no body on GET and DELETE, and a signature the SDK's verifier accepts over exactly those bytes (the
/// canonical URI encodes the escaped segment once more, as SigV4 does for every service but S3).
/// </summary>
public sealed class TagWireContractTests(WireMockFixture wire) : OperationWireTests(wire)
{
    private const string FleetArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/fleet-a/1573257600123";
    private const string EscapedArn = "arn%3Aaws%3Arobomaker%3Aus-west-2%3A123456789012%3Adeployment-fleet%2Ffleet-a%2F1573257600123";

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    public async Task TagResource_posts_the_tags_to_the_escaped_arn(string replyBody)
    {
        Reply(replyBody);

        var reply = await Client.TagResourceAsync(new TagResourceRequest
        {
            ResourceArn = FleetArn,
            Tags = new Dictionary<string, string> { ["team"] = "nav", ["env"] = "prod" },
        });

        AssertSent("POST", "/tags/" + EscapedArn, null, """{"tags":{"team":"nav","env":"prod"}}""", "amz-sdk-invocation-id;amz-sdk-request;content-type;host;x-amz-date");
        Assert.Equal(new TagResourceResponse(), reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task UntagResource_deletes_with_one_tagKeys_parameter_per_key_and_no_body()
    {
        Reply("{}");

        var reply = await Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = ["team", "cost center/2"] });

        AssertSent("DELETE", "/tags/" + EscapedArn, "?tagKeys=team&tagKeys=cost%20center%2F2", null, "amz-sdk-invocation-id;amz-sdk-request;host;x-amz-date");
        Assert.Equal(new UntagResourceResponse(), reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task ListTagsForResource_gets_the_escaped_arn_without_a_body_and_parses_the_tags()
    {
        Reply("""{"tags":{"team":"nav","env":""}}""");

        var reply = await Client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = FleetArn });

        AssertSent("GET", "/tags/" + EscapedArn, null, null, "amz-sdk-invocation-id;amz-sdk-request;host;x-amz-date");
        Assert.Equal(new ListTagsForResourceResponse { Tags = new Dictionary<string, string> { ["team"] = "nav", ["env"] = "" } }, reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task UntagResource_without_keys_fails_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn }));

        Assert.Equal("tagKeys", ex.ParamName);
        Assert.Empty(Wire.Server.LogEntries);
    }

    [Fact]
    public async Task ListTagsForResource_without_an_arn_fails_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.ListTagsForResourceAsync(new ListTagsForResourceRequest()));

        Assert.Equal("resourceArn", ex.ParamName);
        Assert.Empty(Wire.Server.LogEntries);
    }

    [Fact]
    public async Task A_retried_ListTagsForResource_goes_again_to_the_same_path_without_a_body()
    {
        Wire.Server.Given(Request.Create().UsingGet()).InScenario("retry").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json").WithBody("""{"message":"busy"}"""));
        Wire.Server.Given(Request.Create().UsingGet()).InScenario("retry").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("x-amzn-RequestId", ReplyRequestId).WithBody("""{"tags":{}}"""));
        using var client = ResilienceTestKit.Client(Wire.Server.Url!, new VirtualClock(), out var transport, static o => o.MaxAttempts = 2);

        var reply = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = FleetArn });

        Assert.Equal(2, transport.Count);
        Assert.All(transport.Sent, sent =>
        {
            Assert.Equal("/tags/" + EscapedArn, sent.Path);
            Assert.Empty(sent.Body);
        });
        Assert.Equal(2, reply.ResponseMetadata!.Attempts);
    }
}
