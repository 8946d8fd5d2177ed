using System.Net;
using System.Net.Sockets;
using System.Text;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// A success whose body cannot be read to the end: the connection closes before the announced length (or breaks)
/// while the body streams into the model, or the body nests deeper than the JSON reader allows.
/// </summary>
public sealed class BodyReadFaultTests
{
    private readonly VirtualClock _clock = new();

    private static DescribeDeploymentJobRequest Describe() => new() { Job = JobArn };

    /// <summary>A 200 whose body announces <see cref="Describe(string, string)"/>'s length, sends its first 60 bytes, then fails as <paramref name="fault"/>.</summary>
    private static HttpResponseMessage CutByTheConnection(Exception fault)
    {
        var whole = Encoding.UTF8.GetBytes(CannedReplies.Describe("Succeeded"));
        return Reply(HttpStatusCode.OK, new SyntheticBodyStream(whole[..60], fault), whole.Length);
    }

    private static Exception ResponseEnded() => new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely, with at least 140 additional bytes expected.");

    private static Exception Reset() => new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset));

    [Fact]
    public async Task A_body_the_connection_ends_before_its_Content_Length_is_retried_and_the_retry_succeeds()
    {
        using var transport = new InMemoryTransport((_, n) => n == 1 ? CutByTheConnection(ResponseEnded()) : Ok(CannedReplies.Describe("Succeeded")));
        using var client = Client(transport, _clock);

        var job = await client.DescribeDeploymentJobAsync(Describe());

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.Equal(2, transport.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_cut_by_the_connection_is_an_incomplete_malformed_response_with_the_io_fault_inside(bool ended)
    {
        using var transport = new InMemoryTransport((_, _) => CutByTheConnection(ended ? ResponseEnded() : Reset()));
        using var client = Client(transport, _clock);

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.True(error.IsIncomplete);
        Assert.True(TransientFaults.IsTransient(error));
        Assert.Equal(3, error.Attempts); // the default MaxAttempts: each attempt was retried
        Assert.Equal(3, transport.Count);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("DescribeDeploymentJob", error.Operation);
        Assert.Contains("HTTP 200 with a body that ended after 60 bytes, before it was complete", error.Message, StringComparison.Ordinal);
        Assert.Contains("{\"arn\":\"arn:aws:robomaker", error.Message, StringComparison.Ordinal);
        if (ended)
        {
            Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpIOException>(error.InnerException).HttpRequestError);
        }
        else
        {
            Assert.IsType<SocketException>(Assert.IsType<IOException>(error.InnerException).InnerException);
        }
    }

    [Fact]
    public async Task An_error_body_cut_by_the_connection_still_surfaces_the_service_error_its_headers_name()
    {
        // A 500 whose x-amzn-ErrorType and request id arrived, then the connection ended 20 bytes into the body.
        using var transport = new InMemoryTransport((_, _) =>
        {
            var whole = Encoding.UTF8.GetBytes("""{"message":"The service is unavailable right now, try again."}""");
            var response = Reply(HttpStatusCode.InternalServerError, new SyntheticBodyStream(whole[..20], ResponseEnded()), whole.Length);
            response.Headers.TryAddWithoutValidation("x-amzn-ErrorType", "InternalServerException");
            response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-cut-error");
            return response;
        });
        using var client = Client(transport, _clock, o => o.MaxAttempts = 1);

        var error = await Assert.ThrowsAsync<InternalServerException>(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("req-cut-error", error.RequestId);
        Assert.True(TransientFaults.IsTransient(error));
    }

    [Fact]
    public async Task An_io_fault_that_quotes_the_signature_sent_is_scrubbed_in_the_message_and_the_inner_exception()
    {
        string? signature = null;
        using var transport = new InMemoryTransport(sent =>
        {
            signature = sent.Signature;
            return CutByTheConnection(new HttpIOException(HttpRequestError.ResponseEnded, $"The response ended prematurely after echoing {sent.Signature}."));
        });
        using var client = Client(transport, _clock, o => o.MaxAttempts = 1);

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.NotNull(signature);
        Assert.DoesNotContain(signature, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpIOException>(error.InnerException).HttpRequestError);
        Assert.Equal(1, transport.Count);
    }

    [Theory]
    [InlineData("array")]
    [InlineData("object")]
    public async Task A_body_nested_deeper_than_the_reader_allows_is_not_retried(string nesting)
    {
        // 100 levels, past the reader's limit of 64, under a member the model does not have (skipped, so read by the
        // reader only): however often it is sent, it never parses.
        var deep = nesting == "array"
            ? "{\"zzz\":" + new string('[', 100) + new string(']', 100) + "}"
            : string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        using var transport = new InMemoryTransport((_, n) => n == 1 ? Ok(deep) : Ok(CannedReplies.Describe("Succeeded")));
        using var client = Client(transport, _clock);

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.False(error.IsIncomplete);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, transport.Count);
        Assert.Contains("maximum configured depth of 64", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid DescribeDeploymentJob response", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nested_body_cut_short_inside_its_nesting_is_still_retried()
    {
        // The reader's error for a body ending inside 10 open levels speaks of depth too ("Expected depth to be zero"),
        // but the body is cut short, not too deep: another attempt may bring it whole.
        var cut = "{\"zzz\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10)) + "1}";
        using var transport = new InMemoryTransport((_, n) => n <= 2 ? Ok(cut) : Ok(CannedReplies.Describe("Succeeded")));
        using var once = Client(transport, _clock, o => o.MaxAttempts = 1);
        using var client = Client(transport, _clock);

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => once.DescribeDeploymentJobAsync(Describe()));
        var job = await client.DescribeDeploymentJobAsync(Describe());

        Assert.Contains("Expected depth to be zero", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsIncomplete);
        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.Equal(3, transport.Count);
    }
}
