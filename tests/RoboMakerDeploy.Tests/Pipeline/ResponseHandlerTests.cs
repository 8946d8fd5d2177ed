using System.Net;
using System.Text;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// How the client reads replies (issue 13, part 1): memory follows the bytes that arrive, never what a reply announces;
/// a success has a size limit; an error body is bounded whatever its framing; a reply is parsed as it streams.
/// </summary>
[Collection(nameof(AllocationCollection))]
public sealed class ResponseHandlerTests
{
    private const string Endpoint = "https://robomaker.us-west-2.amazonaws.com";
    private const long OneMegabyte = 1 << 20;

    private readonly VirtualClock _clock = new();

    /// <summary>A valid DescribeDeploymentJob reply of exactly 102 bytes.</summary>
    private static readonly byte[] Body102 = Encoding.UTF8.GetBytes($$"""{"arn":"{{JobArn}}","status":"Succeeded"}""".PadRight(102));

    private RoboMakerDeployClient Client(HttpMessageHandler transport, Action<RoboMakerDeployClientOptions>? configure = null) =>
        new(Options(Endpoint, _clock, configure), transport);

    private static DescribeDeploymentJobRequest Describe() => new() { Job = JobArn };

    /// <summary>
    /// A DescribeDeploymentJob reply of about <paramref name="length"/> bytes made of many small tokens that make no
    /// objects (one null member repeated; the last one wins), produced as it is read. (A long run of whitespace would
    /// not do: the JSON reader keeps a run of whitespace in its buffer as it would a token; a number would be boxed.)
    /// </summary>
    private static SyntheticBodyStream Repeated(long length) =>
        new($$"""{"arn":"{{JobArn}}",""", length / 13 * 13, "\"fleet\":null,", "\"status\":\"Succeeded\"}");

    /// <summary>One call that succeeds, so what a measured call allocates is its own, not the first use of the code.</summary>
    private static async Task WarmUpAsync(RoboMakerDeployClient client) => await client.DescribeDeploymentJobAsync(Describe());

    /// <summary>Answers the first attempt with <paramref name="warmUp"/>, then every other one with <paramref name="reply"/>.</summary>
    private static InMemoryTransport AfterWarmUp(Func<HttpResponseMessage> reply) =>
        new((_, n) => n == 1 ? CannedReplies.Reply(HttpStatusCode.OK, Encoding.UTF8.GetString(Body102)) : reply());

    [Fact]
    public async Task A_transport_that_answers_null_gives_an_sdk_exception_and_leaves_the_client_usable()
    {
        using var client = Client(new NullOnceTransport(), o => o.MaxAttempts = 1);

        var error = await Assert.ThrowsAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(Describe()));
        Assert.Contains("no response", error.Message, StringComparison.Ordinal);
        Assert.Equal("DescribeDeploymentJob", error.Operation);

        Assert.Equal(DeploymentStatus.Succeeded, (await client.DescribeDeploymentJobAsync(Describe())).Status);
    }

    [Theory]
    [InlineData(268_435_456L)]
    [InlineData(1_073_741_824L)]
    [InlineData(2_040_109_465L)]
    public async Task A_reply_that_announces_far_more_than_it_sends_costs_what_arrives(long announced)
    {
        Assert.Equal(102, Body102.Length);
        var transport = AfterWarmUp(() => CannedReplies.Reply(HttpStatusCode.OK, new MemoryStream(Body102), announced));
        using var client = Client(transport, o => o.MaxResponseContentBufferSize = int.MaxValue);
        await WarmUpAsync(client);

        var (job, bytes) = await Allocations.MeasureAsync(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.True(bytes < OneMegabyte, $"A 102-byte reply announcing {announced} bytes allocated {bytes} bytes.");
    }

    [Fact]
    public async Task A_reply_that_announces_more_than_MaxResponseContentBufferSize_fails_at_once_with_a_clear_exception()
    {
        var body = new SyntheticBodyStream(Body102);
        var transport = AfterWarmUp(() => CannedReplies.Reply(HttpStatusCode.OK, body, 268_435_456));
        using var client = Client(transport);
        await WarmUpAsync(client);

        var (error, bytes) = await Allocations.MeasureOutcomeAsync(() => client.DescribeDeploymentJobAsync(Describe()));

        var malformed = Assert.IsType<MalformedResponseException>(error);
        Assert.Contains("announces 268435456 bytes", malformed.Message, StringComparison.Ordinal);
        Assert.Contains("MaxResponseContentBufferSize = 16777216 bytes", malformed.Message, StringComparison.Ordinal);
        Assert.False(malformed.IsIncomplete); // another attempt would be as large: not retried
        Assert.Equal(2, transport.Count);
        Assert.Equal(0, body.BytesRead);
        Assert.True(bytes < OneMegabyte, $"Refusing the reply allocated {bytes} bytes.");
    }

    [Fact]
    public async Task A_reply_without_a_length_that_runs_past_the_limit_fails_once_it_passes_it()
    {
        // 8 MB with no Content-Length (chunked): only the limit's worth may be read.
        var body = Repeated(8 * OneMegabyte);
        var transport = AfterWarmUp(() => CannedReplies.Reply(HttpStatusCode.OK, body));
        using var client = Client(transport, o => o.MaxResponseContentBufferSize = OneMegabyte);
        await WarmUpAsync(client);

        var (error, bytes) = await Allocations.MeasureOutcomeAsync(() => client.DescribeDeploymentJobAsync(Describe()));

        var malformed = Assert.IsType<MalformedResponseException>(error);
        Assert.Contains("longer than the client accepts (MaxResponseContentBufferSize = 1048576 bytes)", malformed.Message, StringComparison.Ordinal);
        Assert.InRange(body.BytesRead, OneMegabyte + 1, OneMegabyte + 1);
        Assert.True(bytes < OneMegabyte, $"Reading 1 MB of an 8 MB reply allocated {bytes} bytes.");
    }

    [Fact]
    public async Task A_reply_is_parsed_as_it_streams_and_never_copied_whole_into_memory()
    {
        // A valid 8 MB reply of small tokens that make no objects: parsing it as it streams needs a small buffer;
        // copying it into one array first (or a MemoryStream) would cost 8 MB or more.
        var body = Repeated(8 * OneMegabyte);
        var transport = AfterWarmUp(() => CannedReplies.Reply(HttpStatusCode.OK, body));
        using var client = Client(transport);
        await WarmUpAsync(client);

        var (job, bytes) = await Allocations.MeasureAsync(() => client.DescribeDeploymentJobAsync(Describe()));

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.Equal(body.TotalLength, body.BytesRead);
        Assert.True(bytes < OneMegabyte, $"Parsing an 8 MB reply allocated {bytes} bytes.");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, null)]
    [InlineData(HttpStatusCode.Forbidden, null)]
    [InlineData(HttpStatusCode.BadRequest, 50L * 1024 * 1024 + 27)]
    public async Task A_50_MB_error_page_is_read_only_to_the_error_bound_whatever_its_framing(HttpStatusCode status, long? announced)
    {
        var page = new SyntheticBodyStream("<html><head><title>Request blocked</title></head><body>", 50L * 1024 * 1024, "x", "</body></html>");
        var transport = AfterWarmUp(() =>
        {
            var reply = CannedReplies.Reply(status, page, announced);
            reply.Content.Headers.ContentType = new("text/html");
            return reply;
        });
        using var client = Client(transport);
        await WarmUpAsync(client);

        var (error, bytes) = await Allocations.MeasureOutcomeAsync(() => client.DescribeDeploymentJobAsync(Describe()));

        var service = Assert.IsType<RoboMakerException>(error);
        Assert.Equal(status, service.StatusCode);
        Assert.Null(service.ErrorCode);
        Assert.Contains("not a JSON error: \"<html><head><title>Request blocked</title>", service.Message, StringComparison.Ordinal);
        Assert.True(service.Message.Length < 600, service.Message);
        Assert.InRange(page.BytesRead, 1, 64 * 1024);
        Assert.True(bytes < OneMegabyte, $"A 50 MB error page allocated {bytes} bytes.");
    }

    [Fact]
    public async Task A_success_body_is_read_once_as_it_streams_and_nothing_above_the_handler_copies_it_again()
    {
        var content = new CountingContent(Body102);
        using var client = Client(new InMemoryTransport((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = content }));

        var job = await client.DescribeDeploymentJobAsync(Describe());

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.Equal(1, content.StreamsOpened);
        // HttpClient buffers the content that comes up to it (Refit's void path); the handler hands up none.
        Assert.Equal(0, content.Copies);
    }

    /// <summary>A reply body that counts how it is read: as a stream (what the response handler does) or copied out whole.</summary>
    private sealed class CountingContent(byte[] body) : HttpContent
    {
        public int StreamsOpened { get; private set; }

        public int Copies { get; private set; }

        protected override Task<Stream> CreateContentReadStreamAsync()
        {
            StreamsOpened++;
            return Task.FromResult<Stream>(new MemoryStream(body, writable: false));
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            Copies++;
            return stream.WriteAsync(body).AsTask();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }

    /// <summary>A faulty custom transport: answers null once, then a valid reply.</summary>
    private sealed class NullOnceTransport : HttpMessageHandler
    {
        private int _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Interlocked.Increment(ref _calls) == 1 ? null! : CannedReplies.Reply(HttpStatusCode.OK, Encoding.UTF8.GetString(Body102)));
    }
}
