using System.Net;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// Error codes as the restJson1 protocol defines them (issue 13, part 4): one sanitiser for the
/// <c>x-amzn-ErrorType</c> header and the body's <c>code</c> and <c>__type</c>, and a tolerant read of the body.
/// </summary>
public sealed class ErrorResponseParserTests
{
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";

    private readonly VirtualClock _clock = new();

    private RoboMakerDeployClient Client(InMemoryTransport transport, int maxAttempts = 1) =>
        new(Options(Endpoint, _clock, o => o.MaxAttempts = maxAttempts), transport);

    private static HttpResponseMessage Error(string body, string? errorType = null, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var reply = CannedReplies.Reply(status, body);
        if (errorType is not null) reply.Headers.TryAddWithoutValidation("x-amzn-ErrorType", errorType);
        reply.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-err");
        return reply;
    }

    private async Task<RoboMakerException> FailAsync(HttpResponseMessage reply)
    {
        var transport = new InMemoryTransport((_, _) => reply);
        using var client = Client(transport);
        return await Assert.ThrowsAnyAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));
    }

    [Theory]
    [InlineData("aws.robomaker#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/", "ThrottlingException")]
    [InlineData("ThrottlingException:http://internal.amazon.com/coral/com.amazonaws.robomaker/", "ThrottlingException")]
    [InlineData("aws.robomaker#ThrottlingException", "ThrottlingException")]
    [InlineData("ThrottlingException,aws.robomaker#ResourceNotFoundException", "ThrottlingException")]
    [InlineData("  ResourceNotFoundException  ", "ResourceNotFoundException")]
    [InlineData("smithy.framework#ValidationException:http://x", "ValidationException")]
    [InlineData("#", null)]
    [InlineData(":http://only.a.namespace/", null)]
    [InlineData("", null)]
    public void The_error_code_is_sanitised_as_restJson1_defines_it(string raw, string? expected) =>
        Assert.Equal(expected, ErrorResponseParser.SanitizeErrorCode(raw));

    [Fact]
    public async Task A_namespaced_ErrorType_header_is_throttling_and_is_retried()
    {
        var transport = new InMemoryTransport((_, n) => n == 1
            ? Error("""{"message":"Rate exceeded"}""", "aws.robomaker#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/")
            : Ok(Describe("InProgress")));
        using var client = Client(transport, maxAttempts: 2);

        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(2, transport.Count);
        Assert.Equal(DeploymentStatus.InProgress, job.Status);
        Assert.Equal(2, job.ResponseMetadata!.Attempts);
        Assert.Equal(1, job.ResponseMetadata.ThrottledAttempts);
    }

    [Fact]
    public async Task A_namespaced_ErrorType_header_surfaces_as_the_modelled_ThrottlingException()
    {
        var error = await FailAsync(Error("""{"message":"Rate exceeded"}""", "aws.robomaker#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/"));

        var throttled = Assert.IsType<ThrottlingException>(error);
        Assert.Equal("ThrottlingException", throttled.ErrorCode);
        Assert.Equal("Rate exceeded", throttled.ServiceMessage);
        Assert.Equal("req-err", throttled.RequestId);
    }

    [Theory]
    [InlineData("""{"code":"aws.robomaker#ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.robomaker/","message":"no such job"}""")]
    [InlineData("""{"__type":"com.amazonaws.robomaker#ResourceNotFoundException","message":"no such job"}""")]
    [InlineData("""{"__type":"com.amazonaws.robomaker#ResourceNotFoundException:http://internal.amazon.com/","Message":"no such job"}""")]
    [InlineData("""{"code":"ResourceNotFoundException","__type":"ThrottlingException","message":"no such job"}""")]
    public async Task The_body_code_and_type_are_sanitised_like_the_header(string body)
    {
        var error = await FailAsync(Error(body));

        var notFound = Assert.IsType<ResourceNotFoundException>(error);
        Assert.Equal("ResourceNotFoundException", notFound.ErrorCode);
        Assert.Equal("no such job", notFound.ServiceMessage);
    }

    [Fact]
    public async Task The_header_wins_over_the_body()
    {
        var error = await FailAsync(Error("""{"__type":"ResourceNotFoundException","message":"slow down"}""", "ThrottlingException"));

        Assert.IsType<ThrottlingException>(error);
    }

    [Theory]
    [InlineData("""{"__type":"aws.robomaker#InvalidParameterException","message":false}""", null)]
    [InlineData("""{"message":false,"__type":"aws.robomaker#InvalidParameterException"}""", null)]
    [InlineData("""{"message":{"text":"nested"},"__type":"InvalidParameterException"}""", null)]
    [InlineData("""{"message":[1,2,3],"code":"InvalidParameterException"}""", null)]
    [InlineData("""{"message":42,"__type":"InvalidParameterException","Message":"said the other way"}""", "said the other way")]
    [InlineData("""{"code":{"nested":true},"__type":"InvalidParameterException","message":"bad field"}""", "bad field")]
    [InlineData("""{"code":404,"__type":"InvalidParameterException","message":"bad field"}""", "bad field")]
    public async Task A_member_of_an_unexpected_type_loses_only_itself(string body, string? message)
    {
        var error = await FailAsync(Error(body));

        // A numeric code is a code (404), not nothing; any other type of member is skipped and the rest is kept.
        if (body.Contains("\"code\":404", StringComparison.Ordinal))
        {
            Assert.Equal("404", error.ErrorCode);
        }
        else
        {
            Assert.IsType<InvalidParameterException>(error);
        }
        Assert.Equal(message, error.ServiceMessage);
    }

    [Fact]
    public async Task An_error_body_past_the_64_KB_bound_keeps_its_code()
    {
        var padding = new string('p', 100 * 1024);
        var error = await FailAsync(Error($$"""{"__type":"aws.robomaker#LimitExceededException","padding":"{{padding}}","message":"too many jobs"}"""));

        var limit = Assert.IsType<LimitExceededException>(error);
        Assert.Equal("LimitExceededException", limit.ErrorCode);
        Assert.Equal("req-err", limit.RequestId);
    }

    [Fact]
    public async Task An_error_body_with_a_message_cut_at_the_bound_keeps_its_code_and_says_so_briefly()
    {
        var message = new string('m', 100 * 1024);
        var error = await FailAsync(Error($$"""{"code":"LimitExceededException","message":"{{message}}"}"""));

        Assert.IsType<LimitExceededException>(error);
        Assert.True(error.Message.Length < 1024, $"The message is {error.Message.Length} characters long.");
    }
}
