using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>
/// The frame of the fleet, robot, robot-application and tag contract tests: a client whose transport (<see cref="InMemoryTransport.PassThrough"/>)
/// records each request exactly as it leaves for the socket (method, escaped path, raw query, headers, body bytes) and forwards it to
/// the class's WireMock server, which answers with a literal reply and a request id.
/// </summary>
public abstract partial class OperationWireTests : IClassFixture<WireMockFixture>, IDisposable
{
    protected const string ReplyRequestId = WireMockFixture.RequestId;

    private readonly InMemoryTransport _transport = InMemoryTransport.PassThrough();

    protected OperationWireTests(WireMockFixture wire)
    {
        Wire = wire;
        wire.Reset();
        Client = new RoboMakerDeployClient(
            new RoboMakerDeployClientOptions
            {
                Region = "us-west-2",
                ServiceUrl = new Uri(wire.Server.Url!),
                Credentials = new StaticCredentialsProvider(WireMockFixture.AccessKey, WireMockFixture.SecretKey),
                MaxAttempts = 1,
            },
            _transport);
    }

    protected WireMockFixture Wire { get; }

    protected RoboMakerDeployClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _transport.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Answers any request with <paramref name="status"/>, JSON content and the request id.</summary>
    protected void Reply(string body, int status = 200) =>
        Wire.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create()
                .WithStatusCode(status)
                .WithHeader("Content-Type", "application/json")
                .WithHeader("x-amzn-RequestId", ReplyRequestId)
                .WithBody(body));

    [GeneratedRegex("SignedHeaders=([^,]+)")]
    private static partial Regex SignedHeadersPattern();

    /// <summary>
    /// Asserts the one request sent: method, escaped path, raw query, body (null: no content at all), the signed header
    /// list, and that the SDK's own SigV4 verifier accepts the signature over exactly those bytes.
    /// </summary>
    protected void AssertSent(string method, string path, string? query, string? body, string signedHeaders)
    {
        var sent = Assert.Single(_transport.Sent);
        Assert.Equal(method, sent.Method.Method);
        // The URI's escaped form is what goes on the wire.
        Assert.Equal(path, sent.Path);
        Assert.Equal(query ?? string.Empty, sent.Uri.Query);
        if (body is null)
        {
            Assert.False(sent.HasContent);
            Assert.Empty(sent.Body);
            Assert.Null(sent.Header("Content-Type"));
        }
        else
        {
            Assert.True(sent.HasContent);
            Assert.Equal(body, sent.BodyText);
            Assert.Equal("application/json", sent.Header("Content-Type"));
        }

        Assert.Equal(signedHeaders, SignedHeadersPattern().Match(sent.Authorization!).Groups[1].Value);

        var verified = SigV4Verifier.Verify(
            sent.Method.Method,
            sent.Path,
            sent.Uri.Query.Length > 1 ? sent.Uri.Query[1..] : null,
            sent.Headers.Append(new("Host", sent.Uri.Authority)),
            sent.Body,
            id => id == WireMockFixture.AccessKey ? WireMockFixture.SecretKey : null,
            DateTimeOffset.UtcNow,
            TimeSpan.FromMinutes(5),
            "us-west-2",
            "robomaker");
        Assert.True(verified.IsValid, verified.Message);

        // The server received the same request (one path segment for an ARN: WireMock shows it decoded).
        var received = Wire.SingleRequest().RequestMessage!;
        Assert.Equal(method, received.Method);
        Assert.Equal(Uri.UnescapeDataString(path), received.Path);
    }

    /// <summary>Asserts the metadata of a reply of the canned server: its request id, 200, one attempt.</summary>
    protected static void AssertMetadata(ResponseMetadata? metadata, HttpStatusCode status = HttpStatusCode.OK)
    {
        Assert.NotNull(metadata);
        Assert.Equal(ReplyRequestId, metadata.RequestId);
        Assert.Equal(status, metadata.HttpStatusCode);
        Assert.Equal(1, metadata.Attempts);
    }
}
