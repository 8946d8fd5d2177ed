using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using RoboMakerDeploy.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.Tests.Auth;

public sealed class SigningHandlerTests : IDisposable
{
    private const string JobArn = CannedReplies.JobArn;
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly AwsCredentials SessionKeys = new("ASIAEXAMPLE", "secretSECRETsecret", "TOKEN+session/token==");

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _server.Dispose();

    private RoboMakerDeployClient Client(IAwsCredentialsProvider? credentials = null) => new(new RoboMakerDeployClientOptions
    {
        Region = "us-west-2",
        ServiceUrl = new Uri(_server.Url!),
        Credentials = credentials ?? new StaticCredentialsProvider(SessionKeys),
        TimeProvider = _time,
        MaxAttempts = 1,
    });

    private void ReplyOk(string path = "/cancelDeploymentJob") =>
        _server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{}"));

    private static string Header(WireMock.Logging.ILogEntry entry, string name) =>
        string.Join(",", entry.RequestMessage!.Headers!.Single(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value);

    private static SigV4VerificationResult Recompute(WireMock.Logging.ILogEntry entry, DateTimeOffset now, Func<string, string?>? lookup = null)
    {
        var message = entry.RequestMessage!;
        var headers = message.Headers!.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)));
        return SigV4Verifier.Verify(
            message.Method, message.Path, null, headers, message.BodyAsBytes ?? [],
            lookup ?? (id => id == "ASIAEXAMPLE" ? "secretSECRETsecret" : null),
            now, TimeSpan.FromMinutes(5), "us-west-2", "robomaker");
    }

    [Fact]
    public async Task The_wire_request_carries_authorization_date_and_token_and_its_signature_recomputes()
    {
        ReplyOk();
        using var client = Client();

        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });

        var entry = Assert.Single(_server.LogEntries);
        Assert.Equal("20260115T120000Z", Header(entry, "X-Amz-Date"));
        Assert.Equal("TOKEN+session/token==", Header(entry, "X-Amz-Security-Token"));
        var authorization = Header(entry, "Authorization");
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20260115/us-west-2/robomaker/aws4_request, SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;content-type;host;x-amz-date;x-amz-security-token, Signature=", authorization, StringComparison.Ordinal);
        // The AWS SDKs' identification: the invocation id and attempt are signed, the User-Agent is not.
        Assert.Equal("attempt=1; max=1", Header(entry, "amz-sdk-request"));
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", Header(entry, "amz-sdk-invocation-id"));
        Assert.StartsWith("robomakerdeploy-dotnet/", Header(entry, "User-Agent"), StringComparison.Ordinal);
        Assert.Equal($$"""{"job":"{{JobArn}}"}""", Encoding.UTF8.GetString(entry.RequestMessage!.BodyAsBytes!));

        var result = Recompute(entry, Start);
        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public async Task Requests_to_many_URIs_through_one_handler_are_each_signed_for_their_own_host_path_and_query()
    {
        // The handler keeps the canonical parts of the URIs it has seen; more URIs than it keeps, interleaved and
        // repeated, must each be signed for exactly the host, path and query they are sent to.
        var uris = new List<Uri>
        {
            new("https://robomaker.us-west-2.amazonaws.com/createDeploymentJob"),
            new("http://127.0.0.1:4577/describeDeploymentJob"),
            new("https://robomaker.us-west-2.amazonaws.com:8443/describeDeploymentJob"),
            new("https://robomaker.us-west-2.amazonaws.com/listDeploymentJobs?b=2&a=1"),
        };
        uris.AddRange(Enumerable.Range(0, 20).Select(i => new Uri($"https://host{i}.example/path{i}/job?n={i}")));
        using var transport = new InMemoryTransport((_, _) => CannedReplies.Ok("{}"));
        using var invoker = Signing(transport, out _);

        for (var round = 0; round < 3; round++)
        {
            foreach (var uri in round == 1 ? Enumerable.Reverse(uris) : uris)
            {
                // A new Uri instance per request, as HttpClient makes one for each.
                using var request = NewRequest(uri.OriginalString, "{}");
                using var response = await invoker.SendAsync(request, CancellationToken.None);
            }
        }

        Assert.Equal(3 * uris.Count, transport.Count);
        foreach (var (uri, headers) in transport.Sent.Select(s => (s.Uri, s.Headers)))
        {
            var host = uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}";
            var onTheWire = headers.Append(new KeyValuePair<string, string>("Host", host));
            var query = uri.Query.Length > 1 ? uri.Query[1..] : null;
            var result = SigV4Verifier.Verify(
                "POST", uri.AbsolutePath, query, onTheWire, "{}"u8,
                id => id == "ASIAEXAMPLE" ? "secretSECRETsecret" : null,
                Start, TimeSpan.FromMinutes(5), "us-west-2", "robomaker");
            Assert.True(result.IsValid, $"{uri}: {result.ErrorCode} {result.Message}");
        }
    }

    [Fact]
    public async Task Recomputing_with_another_secret_fails_so_the_check_above_means_something()
    {
        ReplyOk();
        using var client = Client();
        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });

        var result = Recompute(Assert.Single(_server.LogEntries), Start, _ => "another-secret");
        Assert.Equal("InvalidSignatureException", result.ErrorCode);
    }

    [Fact]
    public async Task Each_request_is_signed_at_send_time_with_the_current_credentials()
    {
        ReplyOk();
        var rotating = new RotatingProvider(new AwsCredentials("AKIDFIRST", "first-secret"), new AwsCredentials("AKIDSECOND", "second-secret"));
        using var client = Client(rotating);

        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });
        _time.Advance(TimeSpan.FromMinutes(10));
        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });

        var entries = _server.LogEntries.ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal("20260115T120000Z", Header(entries[0], "X-Amz-Date"));
        Assert.Equal("20260115T121000Z", Header(entries[1], "X-Amz-Date"));
        Assert.Contains("Credential=AKIDFIRST/", Header(entries[0], "Authorization"), StringComparison.Ordinal);
        Assert.Contains("Credential=AKIDSECOND/", Header(entries[1], "Authorization"), StringComparison.Ordinal);
        Assert.False(entries[1].RequestMessage!.Headers!.ContainsKey("X-Amz-Security-Token"));
        Assert.True(Recompute(entries[1], Start.AddMinutes(10), id => id == "AKIDSECOND" ? "second-secret" : null).IsValid);
    }

    [Fact]
    public async Task Credentials_that_arrive_asynchronously_sign_the_request_as_credentials_at_hand_do()
    {
        ReplyOk();
        using var client = Client(new FetchingProvider(new AwsCredentials("AKIDFETCHED", "fetched-secret", "FETCHED-TOKEN")));

        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });

        var entry = Assert.Single(_server.LogEntries);
        Assert.Contains("Credential=AKIDFETCHED/", Header(entry, "Authorization"), StringComparison.Ordinal);
        Assert.Equal("FETCHED-TOKEN", Header(entry, "X-Amz-Security-Token"));
        Assert.True(Recompute(entry, Start, id => id == "AKIDFETCHED" ? "fetched-secret" : null).IsValid);
    }

    [Fact]
    public async Task Sending_the_same_message_again_re_signs_it_with_a_fresh_date_and_no_duplicate_headers()
    {
        using var inner = new InMemoryTransport((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        using var invoker = Signing(inner, out _);
        using var request = NewRequest();

        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();
        _time.Advance(TimeSpan.FromSeconds(3));
        (await invoker.SendAsync(request, CancellationToken.None)).Dispose();

        var seen = inner.Sent.ToArray();
        Assert.Equal(2, seen.Length);
        Assert.Equal("20260115T120000Z", seen[0].AmzDate);
        Assert.Equal("20260115T120003Z", seen[1].AmzDate);
        Assert.NotEqual(seen[0].Authorization, seen[1].Authorization);
        Assert.Single(seen[1].HeaderValues["Authorization"]);
        Assert.Single(seen[1].HeaderValues["X-Amz-Security-Token"]);
        Assert.Single(seen[1].HeaderValues["X-Amz-Date"]);
        // The call's body bytes are what is signed and sent, on every attempt.
        Assert.Equal("{\"job\":\"a\"}", seen[1].BodyText);
    }

    [Fact]
    public async Task A_skewed_clock_is_corrected_from_the_reply_date_and_the_request_retried_once()
    {
        // The server (Kestrel) stamps its own real Date on every reply, so the client's clock is set an hour behind it.
        var realNow = DateTimeOffset.UtcNow;
        _time.SetUtcNow(realNow.AddHours(-1));
        _server.Given(Request.Create().WithPath("/cancelDeploymentJob").UsingPost()).InScenario("skew").WillSetStateTo("rejected")
            .RespondWith(Response.Create().WithStatusCode(403)
                .WithHeader("x-amzn-ErrorType", "InvalidSignatureException")
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"message":"Signature expired: 20260115T120000Z is now earlier than 20260115T125500Z (20260115T130000Z - 5 min.)"}"""));
        _server.Given(Request.Create().WithPath("/cancelDeploymentJob").UsingPost()).InScenario("skew").WhenStateIs("rejected").WillSetStateTo("rejected")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("{}"));
        using var client = Client();

        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn });

        var entries = _server.LogEntries.ToList();
        Assert.Equal(2, entries.Count);
        var firstDate = ParseAmzDate(Header(entries[0], "X-Amz-Date"));
        var retryDate = ParseAmzDate(Header(entries[1], "X-Amz-Date"));
        Assert.True((realNow.AddHours(-1) - firstDate).Duration() < TimeSpan.FromSeconds(2), $"first attempt signed at {firstDate}");
        Assert.True((retryDate - realNow).Duration() < TimeSpan.FromMinutes(1), $"retry signed at {retryDate}, server time about {realNow}");
        Assert.True(Recompute(entries[1], DateTimeOffset.UtcNow).IsValid);
        Assert.False(Recompute(entries[0], DateTimeOffset.UtcNow).IsValid);
    }

    [Fact]
    public async Task The_learnt_offset_is_the_reply_date_minus_the_local_clock_and_later_requests_use_it()
    {
        var inner = Scripted(
            () => SkewReply(Start.AddHours(1)),
            () => new HttpResponseMessage(HttpStatusCode.OK),
            () => new HttpResponseMessage(HttpStatusCode.OK));
        using var invoker = Signing(inner, out var skew);

        using (var response = await invoker.SendAsync(NewRequest(), CancellationToken.None))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        _time.Advance(TimeSpan.FromSeconds(30));
        (await invoker.SendAsync(NewRequest(), CancellationToken.None)).Dispose();

        Assert.Equal(TimeSpan.FromHours(1), skew.Offset);
        Assert.Equal(["20260115T120000Z", "20260115T130000Z", "20260115T130030Z"], Dates(inner));
    }

    [Fact]
    public async Task A_skew_rejection_without_a_date_is_not_retried_and_surfaces_with_its_message()
    {
        var inner = Scripted(() => SkewReply(null), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var invoker = Signing(inner, out var skew);

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => invoker.SendAsync(NewRequest(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Single(Dates(inner));
        Assert.Contains("Signature expired", ex.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, skew.Offset);
    }

    [Fact]
    public async Task A_signature_error_that_merely_mentions_time_is_not_taken_for_clock_skew()
    {
        var inner = Scripted(
            () =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
                {
                    Content = new StringContent("""{"__type":"InvalidSignatureException","message":"The request signature we calculated does not match; check the timestamp header format."}""", Encoding.UTF8, "application/json"),
                };
                response.Headers.Date = Start.AddHours(1);
                return response;
            },
            () => new HttpResponseMessage(HttpStatusCode.OK));
        using var invoker = Signing(inner, out var skew);

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => invoker.SendAsync(NewRequest(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Single(Dates(inner));
        Assert.Equal(TimeSpan.Zero, skew.Offset);
    }

    [Fact]
    public async Task The_skew_retry_happens_once_only()
    {
        var inner = Scripted(() => SkewReply(Start.AddHours(1)), () => SkewReply(Start.AddHours(2)), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var invoker = Signing(inner, out _);

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => invoker.SendAsync(NewRequest(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal(2, Dates(inner).Length);
    }

    [Fact]
    public async Task A_skew_rejection_through_the_client_without_a_retry_surfaces_with_its_message()
    {
        var inner = Scripted(() => SkewReply(null));
        using var client = new RoboMakerDeployClient(
            new RoboMakerDeployClientOptions { Region = "us-west-2", Credentials = new StaticCredentialsProvider(SessionKeys), TimeProvider = _time, MaxAttempts = 1 },
            inner);

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn }));

        Assert.Single(Dates(inner));
        Assert.Equal("InvalidSignatureException", ex.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Contains("Signature expired", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secretSECRETsecret", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN+session", ex.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage NewRequest(string uri = "https://robomaker.us-west-2.amazonaws.com/cancelDeploymentJob", string body = "{\"job\":\"a\"}")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Options.Set(RoboMakerCall.Key, new RoboMakerCall(Operations.CancelDeploymentJob, Encoding.UTF8.GetBytes(body)) { Attempt = 1 });
        return request;
    }

    /// <summary>The pipeline's signing step with the response reading above it (which learns clock skew), over <paramref name="inner"/>.</summary>
    private HttpMessageInvoker Signing(HttpMessageHandler inner, out ClockSkew skew)
    {
        skew = new ClockSkew(_time);
        return new HttpMessageInvoker(new ResponseHandler(skew, _time, 1 << 20)
        {
            InnerHandler = new SigningHandler(new StaticCredentialsProvider(SessionKeys), "us-west-2", "robomaker", skew) { InnerHandler = inner },
        });
    }

    /// <summary>A clock-skew rejection of a request signed at <see cref="Start"/>, with the reply <c>Date</c> <paramref name="date"/> (none when null).</summary>
    private static HttpResponseMessage SkewReply(DateTimeOffset? date) =>
        CannedReplies.SignatureExpired(Start, date?.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    private static DateTimeOffset ParseAmzDate(string value) =>
        DateTimeOffset.ParseExact(value, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    [Fact]
    public async Task Other_403s_are_not_treated_as_skew_even_with_a_date()
    {
        _server.Given(Request.Create().WithPath("/cancelDeploymentJob").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("x-amzn-ErrorType", "AccessDeniedException")
                .WithHeader("Date", Start.AddHours(1).ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                .WithHeader("Content-Type", "application/json")
                .WithBody("""{"message":"User is not authorized to perform robomaker:CancelDeploymentJob at this time"}"""));
        using var client = Client();

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn }));

        Assert.Single(_server.LogEntries);
        Assert.Equal("AccessDeniedException", ex.ErrorCode);
        Assert.Contains("not authorized", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credentials_failure_surfaces_as_is_and_nothing_is_sent()
    {
        ReplyOk();
        var chain = DefaultCredentialsProvider.Create(null, _time, _ => null, Path.Combine(Path.GetTempPath(), "rmd-no-home-" + Guid.NewGuid().ToString("N")));
        using var client = Client(chain);

        var ex = await Assert.ThrowsAsync<AwsCredentialsNotFoundException>(() => client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn }));

        Assert.Empty(_server.LogEntries);
        Assert.Contains("environment variables", ex.Message, StringComparison.Ordinal);
    }

    private sealed class RotatingProvider(params AwsCredentials[] credentials) : IAwsCredentialsProvider
    {
        private int _calls;

        public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(credentials[Math.Min(Interlocked.Increment(ref _calls) - 1, credentials.Length - 1)]);
    }

    /// <summary>A provider whose credentials are never at hand when asked for: each answer completes later, on another thread.</summary>
    private sealed class FetchingProvider(AwsCredentials credentials) : IAwsCredentialsProvider
    {
        public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return credentials;
        }
    }

    /// <summary>An in-memory transport that answers attempt n with <c>replies[n - 1]()</c>.</summary>
    private static InMemoryTransport Scripted(params Func<HttpResponseMessage>[] replies) => new((_, n) => replies[n - 1]());

    /// <summary>The X-Amz-Date of every attempt <paramref name="transport"/> saw, in order.</summary>
    private static string[] Dates(InMemoryTransport transport) => [.. transport.Sent.Select(s => s.AmzDate!)];
}
