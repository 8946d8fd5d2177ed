using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly;
using Polly.CircuitBreaker;
using RoboMakerDeploy.Models;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

public sealed class RetryTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    private static string Token(byte[] body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("clientRequestToken").GetString()!;

    [Fact]
    public async Task Throttled_twice_then_ok_succeeds_on_the_third_attempt_with_the_same_token_and_body_after_exact_backoff()
    {
        _transport.On("createDeploymentJob", Throttled(), Throttled(), Ok(CreateReply));
        // Default timeouts stay on (30 s per attempt, 100 s per call); jitter 0.5 gives delays of half the ceiling.
        using var client = Client(_transport, _clock, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Timeout = TimeSpan.FromSeconds(100);
            o.JitterSource = static () => 0.5;
        });

        var call = client.CreateDeploymentJobAsync(CreateRequest());

        // Backoff: full jitter over base 1 s × 2^retry, so 0.5 s then 1 s; nothing else moves the clock.
        var backoffs = new List<TimeSpan>();
        foreach (var expected in new[] { TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1) })
        {
            await _clock.WaitUntilAsync(() => _clock.Armed.Count(d => d < TimeSpan.FromSeconds(30)) > backoffs.Count, "a backoff delay");
            var delay = _clock.Armed.Where(d => d < TimeSpan.FromSeconds(30)).ElementAt(backoffs.Count);
            backoffs.Add(delay);
            Assert.Equal(expected, delay);
            _clock.Advance(delay);
        }

        var reply = await call;
        Assert.Equal(JobArn, reply.Arn);
        Assert.Equal(3, _transport.Count);
        var bodies = _transport.Sent.Select(s => s.Body).ToArray();
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        var token = Token(bodies[0]);
        Assert.Matches("^[0-9a-f]{32}$", token);
    }

    [Fact]
    public async Task Each_attempt_is_signed_separately_with_a_fresh_date_and_signature()
    {
        _transport.On("createDeploymentJob", Throttled(), Throttled(), Ok(CreateReply));
        // X-Amz-Date has whole seconds: backoffs of 1 s and 2 s put each attempt in a second of its own.
        using var client = Client(_transport, _clock, o =>
        {
            o.JitterSource = static () => 0.5;
            o.RetryBaseDelay = TimeSpan.FromSeconds(2);
        });

        var call = client.CreateDeploymentJobAsync(CreateRequest());
        await _clock.RunAsync(call);

        var sent = _transport.Sent.ToArray();
        Assert.Equal(3, sent.Length);
        var dates = sent.Select(s => s.Headers["X-Amz-Date"]).ToArray();
        var signatures = sent.Select(s => s.Headers["Authorization"]).ToArray();
        Assert.Equal(3, dates.Distinct().Count());
        Assert.Equal(3, signatures.Distinct().Count());
        Assert.All(signatures, s => Assert.Single(sent, x => x.Headers["Authorization"] == s));
    }

    [Fact]
    public async Task A_caller_supplied_token_is_sent_unchanged_on_every_attempt_of_SyncDeploymentJob()
    {
        _transport.On("syncDeploymentJob", Throttled(), Error(500, "InternalServerException"), Ok(CreateReply));
        using var client = Client(_transport, _clock);

        await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn, ClientRequestToken = "my-token-1" });

        Assert.Equal(3, _transport.Count);
        Assert.All(_transport.Sent, s => Assert.Equal("my-token-1", Token(s.Body)));
    }

    [Fact]
    public async Task A_generated_token_is_the_same_on_every_attempt_of_SyncDeploymentJob_and_new_for_the_next_call()
    {
        _transport.On("syncDeploymentJob", Throttled(), Ok(CreateReply));
        using var client = Client(_transport, _clock);

        await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn });
        await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn });

        var tokens = _transport.Sent.Select(s => Token(s.Body)).ToArray();
        Assert.Equal(3, tokens.Length);
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[1], tokens[2]);
    }

    [Fact]
    public async Task Throttled_beyond_the_limit_raises_ThrottlingException_with_the_attempt_count_and_last_error()
    {
        _transport.On("describeDeploymentJob", Throttled("req-last"));
        using var client = Client(_transport, _clock);

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        Assert.Equal(3, _transport.Count);
        Assert.Equal(3, ex.Attempts);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("req-last", ex.RequestId);
        Assert.Equal("ThrottlingException", ex.ErrorCode);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Contains("after 3 attempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxAttempts_bounds_the_attempts()
    {
        _transport.On("describeDeploymentJob", Throttled());
        using var client = Client(_transport, _clock, o => o.MaxAttempts = 5);

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        Assert.Equal(5, _transport.Count);
        Assert.Equal(5, ex.Attempts);
    }

    [Theory]
    [InlineData(400, "InvalidParameterException")]
    [InlineData(400, "LimitExceededException")]
    [InlineData(400, "ConcurrentDeploymentException")]
    [InlineData(400, "IdempotentParameterMismatchException")]
    [InlineData(404, "ResourceNotFoundException")]
    [InlineData(403, "AccessDeniedException")]
    public async Task Any_other_4xx_error_is_not_retried(int status, string code)
    {
        _transport.On("createDeploymentJob", Error(status, code), Ok(CreateReply));
        using var client = Client(_transport, _clock);

        var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(() => client.CreateDeploymentJobAsync(CreateRequest()));

        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal(1, _transport.Count);
        Assert.DoesNotContain("attempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_error_is_never_sent_nor_retried()
    {
        using var client = Client(_transport, _clock);

        await Assert.ThrowsAnyAsync<Exception>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = "not-an-arn" }));

        Assert.Equal(0, _transport.Count);
    }

    [Theory]
    [InlineData(500, "InternalServerException")]
    [InlineData(400, "InternalServerException")]
    [InlineData(500, null)]
    [InlineData(502, null)]
    [InlineData(503, null)]
    [InlineData(504, null)]
    public async Task Server_errors_are_retried(int status, string? code)
    {
        var failure = code is null
            ? NotJson((HttpStatusCode)status, "<html>Bad gateway</html>")
            : Error(status, code);
        _transport.On("describeDeploymentJob", failure, Ok(Describe("InProgress")));
        using var client = Client(_transport, _clock);

        var reply = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(DeploymentStatus.InProgress, reply.Status);
        Assert.Equal(2, _transport.Count);
    }

    [Theory]
    [InlineData(FaultType.EMPTY_RESPONSE)]
    [InlineData(FaultType.MALFORMED_RESPONSE_CHUNK)]
    public async Task A_connection_fault_from_the_server_is_retried(FaultType fault)
    {
        // A broken connection needs a real socket: this one test keeps WireMock.
        using var server = WireMockServer.Start();
        Sequence(server, "/describeDeploymentJob", Response.Create().WithStatusCode(200).WithFault(fault), ToWireMock(Ok(Describe("Succeeded"))));
        using var client = Client(server.Url!, _clock, out var transport);

        var reply = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(DeploymentStatus.Succeeded, reply.Status);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task An_IO_error_of_the_transport_is_retried_with_the_same_body()
    {
        // The transport throws as a socket does when the connection breaks mid-request; the second attempt answers.
        using var transport = new InMemoryTransport((_, n) => n == 1
            ? throw new HttpRequestException("The response ended prematurely.", new IOException("connection reset by peer"))
            : Ok(CreateReply));
        using var client = Client(transport, _clock);

        var reply = await client.CreateDeploymentJobAsync(CreateRequest());

        Assert.Equal(JobArn, reply.Arn);
        Assert.Equal(2, transport.Count);
        var sent = transport.Sent.Select(s => s.Body).ToArray();
        Assert.Equal(sent[0], sent[1]);
        Assert.Equal(2, reply.ResponseMetadata!.Attempts);
    }

    [Fact]
    public async Task A_connection_reset_is_retried_with_the_same_body()
    {
        await using var server = new ResetOnceServer(CreateReply, resets: 1);
        using var client = Client(server.Url, _clock, out var transport);

        var reply = await client.CreateDeploymentJobAsync(CreateRequest());

        Assert.Equal(JobArn, reply.Arn);
        Assert.Equal(2, server.Connections);
        Assert.Equal(2, transport.Count);
        var sent = transport.Sent.Select(s => s.Body).ToArray();
        Assert.Equal(sent[0], sent[1]);
        Assert.Equal(sent[1], Assert.Single(server.Bodies));
    }

    [Fact]
    public async Task Connection_resets_beyond_the_limit_raise_a_RoboMakerException_with_the_attempt_count()
    {
        await using var server = new ResetOnceServer(CreateReply, resets: 10);
        using var client = Client(server.Url, _clock, out var transport);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        var ex = Assert.IsType<RoboMakerException>(thrown, exactMatch: false);
        // A reset surfaces as HttpRequestException, IOException or (racing the connect) a bare SocketException.
        Assert.True(ex.Attempts == 3 && transport.Count == 3 && ex.InnerException is HttpRequestException or IOException or System.Net.Sockets.SocketException, thrown.ToString());
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
    }

    [Fact]
    public async Task Cancellation_during_a_backoff_wait_ends_the_call_at_once()
    {
        _transport.On("describeDeploymentJob", Throttled(), Ok(Describe("Succeeded")));
        using var client = Client(_transport, _clock, o => o.JitterSource = static () => 0.5);
        using var cts = new CancellationTokenSource();

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }, cts.Token);
        await _clock.WaitForArmedAsync(1);
        Assert.False(call.IsCompleted);
        await cts.CancelAsync();

        // No virtual time passes: the wait ends because of the cancellation alone.
        await Task.WhenAny(call).WaitAsync(TimeSpan.FromSeconds(30));
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<RoboMakerTimeoutException>(ex);
        // The backoff timer was disposed with the call: advancing the clock can start nothing more.
        Assert.Equal(0, _clock.ActiveCount);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, _transport.Count);
    }

    [Fact]
    public async Task Retry_After_in_seconds_sets_the_delay_exactly()
    {
        var busy = CannedReplies.Reply(HttpStatusCode.ServiceUnavailable, "busy", "text/plain", ("Retry-After", "7"));
        _transport.On("describeDeploymentJob", busy, Ok(Describe("Succeeded")));
        using var client = Client(_transport, _clock, o => o.JitterSource = static () => 0.5);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.WaitForArmedAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(_clock.Armed));

        // Timers fire inside Advance: one tick short of the delay, it is still pending.
        _clock.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromTicks(1));
        Assert.Equal(1, _clock.ActiveCount);
        Assert.Equal(1, _transport.Count);
        _clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(DeploymentStatus.Succeeded, (await call).Status);
        Assert.Equal(2, _transport.Count);
    }

    [Fact]
    public async Task Retry_After_as_a_date_is_measured_against_the_client_clock()
    {
        var at = _clock.GetUtcNow() + TimeSpan.FromSeconds(12);
        var throttled = CannedReplies.Reply(HttpStatusCode.BadRequest, """{"message":"slow down"}""", "application/json",
            ("x-amzn-ErrorType", "ThrottlingException"),
            ("Retry-After", at.ToString("r", CultureInfo.InvariantCulture)));
        _transport.On("describeDeploymentJob", throttled, Ok(Describe("Succeeded")));
        using var client = Client(_transport, _clock, o => o.JitterSource = static () => 0.5);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.WaitForArmedAsync(1);

        Assert.Equal(TimeSpan.FromSeconds(12), Assert.Single(_clock.Armed));
        _clock.Advance(TimeSpan.FromSeconds(12));
        Assert.Equal(DeploymentStatus.Succeeded, (await call).Status);
        Assert.Equal(2, _transport.Count);
    }

    [Fact]
    public async Task The_retry_budget_drains_then_fails_fast_with_the_underlying_error_and_refills_after_successes()
    {
        _transport.On("describeDeploymentJob", Error(500, "InternalServerException", requestId: "req-500"));
        using var client = Client(_transport, _clock, o => o.RetryBudgetCapacity = 10);
        var describe = new DescribeDeploymentJobRequest { Job = JobArn };

        // 10 tokens: two retries at 5 each.
        var first = await Assert.ThrowsAsync<InternalServerException>(() => client.DescribeDeploymentJobAsync(describe));
        Assert.Equal(3, first.Attempts);
        Assert.Equal(3, _transport.Count);

        // Empty: the next failure is returned at once, as the service's error.
        var second = await Assert.ThrowsAsync<InternalServerException>(() => client.DescribeDeploymentJobAsync(describe));
        Assert.Equal(1, second.Attempts);
        Assert.Equal("req-500", second.RequestId);
        Assert.Equal(4, _transport.Count);

        // Five successes put back five tokens: enough for exactly one retry.
        _transport.Reset();
        _transport.On("describeDeploymentJob", Ok(Describe("InProgress")));
        for (var i = 0; i < 5; i++) await client.DescribeDeploymentJobAsync(describe);
        Assert.Equal(9, _transport.Count);

        _transport.Reset();
        _transport.On("describeDeploymentJob", Error(500, "InternalServerException"));
        var third = await Assert.ThrowsAsync<InternalServerException>(() => client.DescribeDeploymentJobAsync(describe));
        Assert.Equal(2, third.Attempts);
        Assert.Equal(11, _transport.Count);
    }

    [Fact]
    public async Task A_retry_costs_5_of_the_quota_as_in_the_standard_retry_mode()
    {
        _transport.On("describeDeploymentJob", Throttled());
        using var client = Client(_transport, _clock, o => o.RetryBudgetCapacity = 9);

        // A retry costs 5 (after a timeout, 10): 9 tokens pay for one retry, not two.
        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        Assert.Equal(2, ex.Attempts);
        Assert.Equal(2, _transport.Count);
    }

    [Fact]
    public async Task A_burst_of_failing_calls_shares_one_budget()
    {
        _transport.On("describeDeploymentJob", Error(503, "ServiceUnavailable"));
        using var client = Client(_transport, _clock, o => o.RetryBudgetCapacity = 20);

        var calls = Enumerable.Range(0, 10)
            .Select(_ => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }))
            .ToArray();
        var failures = new List<RoboMakerException>();
        foreach (var call in calls)
        {
            failures.Add(await Assert.ThrowsAnyAsync<RoboMakerException>(() => call));
        }

        // Ten first attempts, and the 20 tokens pay for four retries in all instead of twenty.
        Assert.Equal(14, _transport.Count);
        Assert.Equal(14, failures.Sum(f => f.Attempts));
    }

    [Fact]
    public async Task Without_the_budget_every_call_gets_its_retries()
    {
        _transport.On("describeDeploymentJob", Error(503, "ServiceUnavailable"));
        using var client = Client(_transport, _clock, o =>
        {
            o.RetryBudgetCapacity = 5;
            o.EnableRetryBudget = false;
        });

        for (var i = 0; i < 3; i++)
        {
            var ex = await Assert.ThrowsAnyAsync<RoboMakerException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));
            Assert.Equal(3, ex.Attempts);
        }
        Assert.Equal(9, _transport.Count);
    }

    [Fact]
    public async Task ConfigureResilience_wraps_the_retry_with_the_callers_strategies()
    {
        _transport.On("describeDeploymentJob", Error(500, "InternalServerException"));
        using var client = Client(_transport, _clock, o =>
        {
            o.MaxAttempts = 1;
            o.ConfigureResilience = builder => builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 1,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(30),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is InternalServerException),
            });
        });
        var describe = new DescribeDeploymentJobRequest { Job = JobArn };

        await Assert.ThrowsAsync<InternalServerException>(() => client.DescribeDeploymentJobAsync(describe));
        await Assert.ThrowsAsync<InternalServerException>(() => client.DescribeDeploymentJobAsync(describe));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.DescribeDeploymentJobAsync(describe));

        Assert.Equal(2, _transport.Count);
    }

}
