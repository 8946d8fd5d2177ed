using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Tests.Diagnostics;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// The service's replies can echo what was sent (issue 13, part 2): the signature and session token the SDK sent
/// must not reappear in any exception text, log or span it produces, however the reply quotes them. The session token
/// and signature are the real ones of the attempt, captured on the wire.
/// </summary>
[Collection(nameof(AllocationCollection))]
public sealed class SecretRedactionTests : IDisposable
{
    private const string AccessKey = "ASIAHARDENINGEXAMPLE";
    private const string SecretKey = "hardeningSecretKey/EXAMPLE+0123456789abcdefXYZ";

    // Real session tokens are several hundred characters of base64; this one is long enough to straddle any excerpt.
    private const string SessionToken =
        "IQoJb3JpZ2luX2VjEHardeningSessionToken/EXAMPLE+abc0123456789defghijklmnopqrstuvwxyzQWERTYUIOPASDFGHJKLZXCVBNM"
        + "zyxwvutsrqponmlkjihgfedcba9876543210ZYXWVUTSRQPONMLKJIHGFEDCBA/token+tail0123456789abcdefghijklmnop==";

    private readonly VirtualClock _clock = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ActivityListener _listener;

    public SecretRedactionTests()
    {
        _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == RoboMakerDeployTelemetry.Name,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _loggerFactory.Dispose();
    }

    private RoboMakerDeployClient Client(InMemoryTransport transport) => new(
        Options("https://robomaker.us-west-2.amazonaws.com", _clock, o =>
        {
            o.Credentials = new StaticCredentialsProvider(AccessKey, SecretKey, SessionToken);
            o.MaxAttempts = 1;
            o.LoggerFactory = _loggerFactory;
        }),
        transport);

    /// <summary>The ways a reply can echo what it was sent; each builds the reply from the attempt as it went out.</summary>
    private static HttpResponseMessage Echo(string how, SentAttempt sent)
    {
        var signature = sent.Signature!;
        var token = sent.SecurityToken!;
        var canonicalRequest =
            $"POST\n/describeDeploymentJob\n\ncontent-type:application/json\nhost:robomaker.us-west-2.amazonaws.com\nx-amz-date:{sent.AmzDate}\n"
            + $"x-amz-security-token:{token}\n\ncontent-type;host;x-amz-date;x-amz-security-token\n"
            + "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        switch (how)
        {
            case "InvalidSignatureException quoting the canonical request":
                // JsonSerializer escapes '+' as \u002B, as many servers do: the SDK must match the decoded text.
                return Json(HttpStatusCode.Forbidden, "InvalidSignatureException", JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["message"] = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.\n\n"
                        + $"The Canonical String for this request should have been\n'{canonicalRequest}'\n\nYou sent {signature}.",
                }));
            case "IncompleteSignatureException quoting the Authorization header":
                return Json(HttpStatusCode.Forbidden, "IncompleteSignatureException", JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["message"] = $"Authorization header requires 'Credential' parameter. Authorization={sent.Authorization}",
                }));
            case "a proxy's HTML page echoing the request headers":
                return Html(HttpStatusCode.BadGateway, $"<html><body><h1>502</h1><table><tr><td>x-amz-security-token</td><td>{token}</td></tr><tr><td>authorization</td><td>{sent.Authorization}</td></tr></table></body></html>");
            case "a proxy's HTML page with the bare token where the excerpt ends":
                return Html(HttpStatusCode.BadGateway, $"<html><body><h1>502 Bad Gateway</h1><p>Your request could not be forwarded. Ticket:</p><p>{token}</p><p>{signature}</p></body></html>");
            case "the ErrorType header carrying the signature":
                return Json(HttpStatusCode.Forbidden, "aws.robomaker#" + signature + ":http://internal.amazon.com/", """{"message":"denied"}""");
            case "the ErrorType header carrying the token":
                return Json(HttpStatusCode.Forbidden, token, """{"message":"denied"}""");
            case "the body's code and __type carrying them":
                return Json(HttpStatusCode.Forbidden, null, $$"""{"code":"{{token.Replace("/", "\\/", StringComparison.Ordinal)}}","__type":"{{signature}}","message":"denied"}""");
            case "the request id header carrying the token":
                var error = Json(HttpStatusCode.Forbidden, "AccessDeniedException", """{"message":"denied"}""");
                error.Headers.Remove("x-amzn-RequestId");
                error.Headers.TryAddWithoutValidation("x-amzn-RequestId", token);
                return error;
            case "a success body with the token where a timestamp belongs":
                return Json(HttpStatusCode.OK, null, $$"""{"arn":"{{JobArn}}","status":"Pending","createdAt":"{{token}}"}""");
            case "a success body with the token as a tag key":
                return Json(HttpStatusCode.OK, null, $$"""{"arn":"{{JobArn}}","status":"Pending","tags":{"{{token}}":{"value":"{{signature}}"}""" + "}}");
            case "a success body JSON-escaping the token as System.Text.Json writes it, cut by the excerpt":
                // The token starts 120 characters in and its escaped form runs past the excerpt's window.
                return Json(HttpStatusCode.OK, null, "{\"createdAt\":\"" + new string('x', 100) + "\",\"fleet\":" + JsonSerializer.Serialize(token + token + token + token) + "}");
            case "a success body JSON-escaping the token as PHP writes it":
                return Json(HttpStatusCode.OK, null, "{\"fleet\":\"" + token.Replace("/", "\\/", StringComparison.Ordinal) + "\",\"createdAt\":{}}");
            case "a proxy's HTML page URL-encoding the token":
                // Base64's '+', '/' and '=' come back as %2B, %2F and %3D (or in lower-case hex) when a page quotes a URL.
                var encoded = Uri.EscapeDataString(token);
                return Html(HttpStatusCode.BadGateway, $"<html><body><p>Retry: /describeDeploymentJob?session={encoded}</p><p>Ticket {encoded.Replace("%2F", "%2f", StringComparison.Ordinal).Replace("%2B", "%2b", StringComparison.Ordinal).Replace("%3D", "%3d", StringComparison.Ordinal)}</p></body></html>");
            case "the transport's error quoting a malformed header line that echoes the token":
                // SocketsHttpHandler quotes a header line it cannot parse in its exception's message.
                throw new HttpRequestException(HttpRequestError.InvalidResponse, $"Received an invalid header line: 'x-echo {token} {signature}'.");
            case "a Java proxy's page quoting JSON that Gson wrote ('=' as \\u003d)":
                // A page that quotes the JSON it forwarded: the escapes stay as written in the SDK's excerpt of it.
                return Html(HttpStatusCode.BadGateway, $$"""<pre>{"credentials":"{{token.Replace("=", "\\u003d", StringComparison.Ordinal)}}"}</pre>""");
            case "a page quoting JSON with '+' as \\u002b and '/' as \\/ at once":
                return Html(HttpStatusCode.BadGateway, $$"""<pre>{"t":"{{token.Replace("+", "\\u002b", StringComparison.Ordinal).Replace("/", "\\/", StringComparison.Ordinal)}}"}</pre>""");
            case "a proxy's page percent-encoding the token in mixed case":
                return Html(HttpStatusCode.BadGateway, "<p>session=" + Uri.EscapeDataString(token).Replace("%2B", "%2b", StringComparison.Ordinal) + "</p>");
            case "a proxy's page writing '+' and '/' as HTML numeric entities":
                return Html(HttpStatusCode.BadGateway, "<p>" + token.Replace("+", "&#43;", StringComparison.Ordinal).Replace("/", "&#x2F;", StringComparison.Ordinal) + "</p>");
            case "a success body that is an HTML page echoing the token":
                return Html(HttpStatusCode.OK, $"<html><body><p>Cached copy for session</p><p>{token}</p><p>signed {signature}</p></body></html>");
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }

        static HttpResponseMessage Json(HttpStatusCode status, string? errorType, string body)
        {
            var reply = CannedReplies.Reply(status, body);
            if (errorType is not null) reply.Headers.TryAddWithoutValidation("x-amzn-ErrorType", errorType);
            reply.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-echo");
            return reply;
        }

        static HttpResponseMessage Html(HttpStatusCode status, string body) => CannedReplies.Reply(status, body, "text/html");
    }

    [Theory]
    [InlineData("InvalidSignatureException quoting the canonical request")]
    [InlineData("IncompleteSignatureException quoting the Authorization header")]
    [InlineData("a proxy's HTML page echoing the request headers")]
    [InlineData("a proxy's HTML page with the bare token where the excerpt ends")]
    [InlineData("the ErrorType header carrying the signature")]
    [InlineData("the ErrorType header carrying the token")]
    [InlineData("the body's code and __type carrying them")]
    [InlineData("the request id header carrying the token")]
    [InlineData("a success body with the token where a timestamp belongs")]
    [InlineData("a success body with the token as a tag key")]
    [InlineData("a success body JSON-escaping the token as System.Text.Json writes it, cut by the excerpt")]
    [InlineData("a success body JSON-escaping the token as PHP writes it")]
    [InlineData("a success body that is an HTML page echoing the token")]
    [InlineData("a proxy's HTML page URL-encoding the token")]
    [InlineData("the transport's error quoting a malformed header line that echoes the token")]
    [InlineData("a Java proxy's page quoting JSON that Gson wrote ('=' as \\u003d)")]
    [InlineData("a page quoting JSON with '+' as \\u002b and '/' as \\/ at once")]
    [InlineData("a proxy's page percent-encoding the token in mixed case")]
    [InlineData("a proxy's page writing '+' and '/' as HTML numeric entities")]
    public async Task A_reply_that_echoes_the_signature_or_session_token_does_not_make_the_SDK_show_them(string how)
    {
        var transport = new InMemoryTransport(sent => Echo(how, sent));
        using var client = Client(transport);

        var error = await Assert.ThrowsAnyAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        var sent = Assert.Single(transport.Sent);
        Assert.Equal(SessionToken, sent.SecurityToken);
        Assert.Matches("^[0-9a-f]{64}$", sent.Signature!);
        var surfaced = new Dictionary<string, string?>
        {
            ["Message"] = error.Message,
            ["ServiceMessage"] = error.ServiceMessage,
            ["ToString()"] = error.ToString(),
            ["ErrorCode"] = error.ErrorCode,
            ["RequestId"] = error.RequestId,
            ["logs"] = _logs.AllText(),
            ["spans"] = SpanText(),
        };
        foreach (var (where, text) in surfaced) AssertNoSecret(where, text, sent);
        Assert.StartsWith("DescribeDeploymentJob failed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transport_failing_with_an_aggregate_or_timeout_exception_that_quotes_the_token_keeps_their_kinds_redacted()
    {
        var transport = new InMemoryTransport(sent => throw new AggregateException(
            new TimeoutException($"proxy timed out for session {sent.SecurityToken}"),
            new InvalidOperationException($"signed {sent.Signature}")));
        using var client = Client(transport);

        var error = await Assert.ThrowsAsync<AggregateException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        var sent = Assert.Single(transport.Sent);
        Assert.Collection(
            error.InnerExceptions,
            first => Assert.Equal("proxy timed out for session ***", Assert.IsType<TimeoutException>(first).Message),
            second => Assert.IsType<InvalidOperationException>(second));
        AssertNoSecret("ToString()", error.ToString(), sent);
        AssertNoSecret("logs", _logs.AllText(), sent);
        AssertNoSecret("spans", SpanText(), sent);
    }

    [Fact]
    public async Task A_transport_failing_with_an_exception_of_its_own_that_quotes_the_token_surfaces_it_redacted()
    {
        // Not an I/O fault: the exception's kind is kept, its text is not.
        var transport = new InMemoryTransport(sent => throw new InvalidOperationException($"proxy rejected session {sent.SecurityToken} signed {sent.Signature}"));
        using var client = Client(transport);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        var sent = Assert.Single(transport.Sent);
        Assert.Contains("proxy rejected session ***", error.Message, StringComparison.Ordinal);
        AssertNoSecret("ToString()", error.ToString(), sent);
        AssertNoSecret("logs", _logs.AllText(), sent);
        AssertNoSecret("spans", SpanText(), sent);
    }

    [Fact]
    public async Task A_success_whose_request_id_echoes_the_token_does_not_show_it_in_metadata_logs_or_spans()
    {
        var transport = new InMemoryTransport((_, _) =>
        {
            var reply = Ok(Describe("InProgress"));
            reply.Headers.TryAddWithoutValidation("x-amzn-RequestId", SessionToken);
            return reply;
        });
        using var client = Client(transport);

        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        var sent = Assert.Single(transport.Sent);
        Assert.Equal(DeploymentStatus.InProgress, job.Status);
        AssertNoSecret("ResponseMetadata.RequestId", job.ResponseMetadata!.RequestId, sent);
        AssertNoSecret("ResponseMetadata", job.ResponseMetadata.ToString(), sent);
        AssertNoSecret("logs", _logs.AllText(), sent);
        AssertNoSecret("spans", SpanText(), sent);
        Assert.NotEmpty(_logs.Entries);
        Assert.NotEmpty(_activities);
    }

    private string SpanText()
    {
        var text = new StringBuilder();
        foreach (var activity in _activities)
        {
            text.Append(activity.DisplayName).Append(' ').Append(activity.StatusDescription).Append(' ');
            foreach (var tag in activity.TagObjects) text.Append(tag.Key).Append('=').Append(tag.Value).Append(' ');
            foreach (var e in activity.Events)
            {
                text.Append(e.Name).Append(' ');
                foreach (var tag in e.Tags) text.Append(tag.Key).Append('=').Append(tag.Value).Append(' ');
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>Neither secret, nor any 12-character piece of one (a secret cut off by an excerpt), appears in <paramref name="text"/>.</summary>
    private static void AssertNoSecret(string where, string? text, SentAttempt sent)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var (name, secret) in new[] { ("session token", sent.SecurityToken!), ("signature", sent.Signature!), ("secret key", SecretKey) })
        {
            for (var i = 0; i + 12 <= secret.Length; i++)
            {
                var piece = secret.Substring(i, 12);
                Assert.False(
                    text.Contains(piece, StringComparison.OrdinalIgnoreCase),
                    $"{where} shows part of the {name} ('{piece}' at {i}): {text}");
            }
        }
    }
}
