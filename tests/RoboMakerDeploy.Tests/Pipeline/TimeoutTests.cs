using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Tests.Diagnostics;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>Whether the client's pipeline carries strategies of the caller's around the SDK's.</summary>
public enum TimeoutMode
{
    /// <summary>The SDK's own Polly strategies only: retry, then one timeout per attempt (cut at the call's limit).</summary>
    SdkStrategiesOnly,

    /// <summary>With strategies of the caller's (<c>ConfigureResilience</c>) around the SDK's, which must not change the limits.</summary>
    WithCallerStrategies,
}

/// <summary>
/// The per-attempt and per-call limits, in virtual time, with exact due times, with and without strategies of the
/// caller's around the SDK's: an attempt that runs out of time is retried, the call's deadline ends a running attempt
/// and is not retried, a retry whose delay would reach the deadline is not made (the last error surfaces at once), and
/// the caller's cancellation is never reported as a timeout.
/// </summary>
public sealed class TimeoutTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    private static RoboMakerDeployClientOptions Limits(VirtualClock clock, TimeoutMode mode, Action<RoboMakerDeployClientOptions> configure) =>
        Options("https://robomaker.test/", clock, o =>
        {
            configure(o);
            // Any strategy of the caller's makes the pipeline carry the timeouts as Polly strategies.
            if (mode == TimeoutMode.WithCallerStrategies) o.ConfigureResilience = static _ => { };
        });

    /// <summary>A client whose attempts never answer (until their token is canceled), with the given limits.</summary>
    private RoboMakerDeployClient StuckClient(TimeoutMode mode, TimeSpan? attempt, TimeSpan? overall, out InMemoryTransport transport)
    {
        transport = InMemoryTransport.HangingThenOk(int.MaxValue, Describe("Succeeded"));
        return new RoboMakerDeployClient(Limits(_clock, mode, o =>
        {
            o.AttemptTimeout = attempt;
            o.Timeout = overall;
        }), transport);
    }

    /// <summary>Advances the clock to one tick short of <paramref name="by"/>, checks the call is still running, then by the last tick.</summary>
    private void AdvanceToTheTick(Task call, TimeSpan by)
    {
        _clock.Advance(by - TimeSpan.FromTicks(1));
        Assert.False(call.IsCompleted);
        _clock.Advance(TimeSpan.FromTicks(1));
    }

    /// <summary>
    /// Lets <paramref name="call"/> end without moving the clock; fails at once, rather than hang, if it arms a timer
    /// besides the first attempt's own (that is, starts waiting for a retry).
    /// </summary>
    private Task EndsWithoutWaitingAsync(Task call) =>
        _clock.RunAsync(call, canAdvance: () =>
        {
            Assert.True(_clock.Armed.Count <= 1, $"The call waits instead of ending (timers armed: {string.Join(", ", _clock.Armed)}).");
            return false;
        });

    /// <summary>The call ended in a timeout of <paramref name="limit"/> after <paramref name="attempts"/> attempts, all of them sent, with no timer left armed.</summary>
    private async Task<RoboMakerTimeoutException> AssertTimedOutAsync(Task call, TimeSpan limit, int attempts, int sent)
    {
        var ex = await Assert.ThrowsAsync<RoboMakerTimeoutException>(() => call);
        Assert.Equal(limit, ex.Timeout);
        Assert.Equal(attempts, ex.Attempts);
        Assert.Equal(attempts, sent);
        Assert.Equal(0, _clock.ActiveCount);
        return ex;
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task A_stuck_attempt_times_out_and_is_retried(TimeoutMode mode)
    {
        var transport = InMemoryTransport.HangingThenOk(1, Describe("Succeeded"));
        using var client = new RoboMakerDeployClient(Limits(_clock, mode, o => o.AttemptTimeout = TimeSpan.FromSeconds(2)), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.WaitForArmedAsync(1);
        Assert.Equal(TimeSpan.FromSeconds(2), _clock.Armed[0]);
        // Timers fire inside Advance: one tick short of the timeout, it is still pending.
        _clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.Equal(1, _clock.ActiveCount);
        Assert.Equal(1, transport.Count);
        _clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(DeploymentStatus.Succeeded, (await call).Status);
        Assert.Equal(2, transport.Count);
        // Nothing is left armed once the call is over.
        Assert.Equal(0, _clock.ActiveCount);
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task A_slow_attempt_times_out_at_the_attempt_limit_and_a_quicker_retry_answers(TimeoutMode mode)
    {
        // The first attempt would answer after 3 s of virtual time, the second after 1 s.
        using var transport = new InMemoryTransport((_, _) => Ok(Describe("Succeeded")))
            .WithLatency(_clock, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1));
        using var client = new RoboMakerDeployClient(Limits(_clock, mode, o => o.AttemptTimeout = TimeSpan.FromSeconds(2)), transport);

        // Advance only while an attempt sits in the transport (its latency and the attempt limit both armed): advancing
        // when only the attempt limit is armed would time out an attempt before it was sent.
        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.RunAsync(call, () => _clock.ActiveCount >= 2);
        var job = await call;

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.Equal(2, transport.Count);
        Assert.Equal(2, job.ResponseMetadata!.Attempts);
        // 2 s for the attempt that timed out, no backoff, 1 s for the one that answered; nothing left armed.
        Assert.Equal(TimeSpan.FromSeconds(3), _clock.GetUtcNow() - VirtualClock.DefaultStart);
        Assert.Equal(0, _clock.ActiveCount);
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task Attempt_timeouts_beyond_the_limit_raise_RoboMakerTimeoutException(TimeoutMode mode)
    {
        using var client = StuckClient(mode, attempt: TimeSpan.FromSeconds(2), overall: null, out var transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.RunAsync(call, canAdvance: null);

        var ex = await AssertTimedOutAsync(call, TimeSpan.FromSeconds(2), attempts: 3, sent: transport.Count);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Equal(TimeSpan.FromSeconds(6), _clock.GetUtcNow() - new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task A_backoff_that_would_reach_the_deadline_is_not_waited_and_the_service_error_surfaces_at_once(TimeoutMode mode)
    {
        var transport = _transport.On("describeDeploymentJob", Throttled("req-throttled-1"), Ok(Describe("Succeeded")));
        using var client = new RoboMakerDeployClient(Limits(_clock, mode, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            // A backoff of 10 s (half of the 20 s ceiling), with 5 s of the call left.
            o.RetryBaseDelay = TimeSpan.FromSeconds(20);
            o.JitterSource = static () => 0.5;
        }), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await EndsWithoutWaitingAsync(call);

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => call);
        Assert.Equal("req-throttled-1", ex.RequestId);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal(1, transport.Count);
        // No time passed, and the only timer was the first attempt's (the call's 5 s).
        Assert.Equal(VirtualClock.DefaultStart, _clock.GetUtcNow());
        Assert.Equal([TimeSpan.FromSeconds(5)], _clock.Armed);
        Assert.Equal(0, _clock.ActiveCount);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_time_left_surfaces_the_throttle_at_once_logs_it_and_takes_no_quota()
    {
        var capture = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(capture));
        // Retry-After 10 s is within RetryMaxDelay (20 s) but beyond the 5 s left of the call.
        var throttled = Reply(HttpStatusCode.BadRequest, """{"message":"Rate exceeded"}""", "application/json",
            ("x-amzn-ErrorType", "ThrottlingException"), ("x-amzn-RequestId", "req-wait-10"), ("Retry-After", "10"));
        var transport = _transport.On("describeDeploymentJob", throttled, Throttled(), Ok(Describe("Succeeded")));
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.LoggerFactory = loggers;
            // Tokens for exactly one retry: the refused retry must leave them for the next call's.
            o.RetryBudgetCapacity = 5;
        }), transport);
        var describe = new DescribeDeploymentJobRequest { Job = JobArn };

        var call = client.DescribeDeploymentJobAsync(describe);
        await EndsWithoutWaitingAsync(call);

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => call);
        Assert.Equal("req-wait-10", ex.RequestId);
        Assert.Equal(TimeSpan.FromSeconds(10), ex.RetryAfter);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal(1, transport.Count);
        Assert.Equal(VirtualClock.DefaultStart, _clock.GetUtcNow());
        var line = Assert.Single(capture.Entries, e => e.EventId.Id == 2004);
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Equal(1, line.Values["Attempt"]);
        Assert.Equal(10.0, line.Values["DelaySeconds"]);
        Assert.Equal(5.0, line.Values["TimeLeftSeconds"]);
        Assert.Equal("Not retrying after attempt 1: the next attempt would start in 10 s, at or past the call's Timeout (5 s left)", line.Message);
        Assert.DoesNotContain(capture.Entries, e => e.EventId.Id is 2001 or 2003);

        // The quota's 5 tokens are all there: the next call's throttle is retried (no backoff here) and succeeds.
        var next = await client.DescribeDeploymentJobAsync(describe);
        Assert.Equal(2, next.ResponseMetadata!.Attempts);
        Assert.Equal(3, transport.Count);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, true)]
    public async Task A_backoff_ending_a_margin_before_the_deadline_is_not_retried_and_a_millisecond_shorter_is(int msFromMargin, bool retried)
    {
        // Real timers may fire a tick early or late: an attempt left with CallDeadline.Margin or less could only time out.
        // (Whole milliseconds: timers are armed to the millisecond.)
        var delay = TimeSpan.FromSeconds(5) - CallDeadline.Margin + TimeSpan.FromMilliseconds(msFromMargin);
        var transport = _transport.On("describeDeploymentJob", Throttled(), Ok(Describe("Succeeded")));
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            // Jitter 0.5 of twice the delay: exactly the delay.
            o.RetryBaseDelay = delay * 2;
            o.JitterSource = static () => 0.5;
        }), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        if (!retried)
        {
            await EndsWithoutWaitingAsync(call);
            Assert.Equal(1, (await Assert.ThrowsAsync<ThrottlingException>(() => call)).Attempts);
            Assert.Equal(1, transport.Count);
            return;
        }
        await _clock.WaitForArmedAsync(2);
        Assert.Equal(delay, _clock.Armed[1]);
        AdvanceToTheTick(call, delay);

        Assert.Equal(2, (await call).ResponseMetadata!.Attempts);
        Assert.Equal(2, transport.Count);
        // The second attempt's timeout is what was left of the call.
        Assert.Equal(TimeSpan.FromSeconds(5) - delay, _clock.Armed[2]);
    }

    [Fact]
    public async Task A_Retry_After_shorter_than_the_time_left_is_waited_and_retried()
    {
        var busy = Reply(HttpStatusCode.ServiceUnavailable, "busy", "text/plain", ("Retry-After", "4"));
        var transport = _transport.On("describeDeploymentJob", busy, Ok(Describe("Succeeded")));
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o => o.Timeout = TimeSpan.FromSeconds(5)), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.WaitForArmedAsync(2);
        Assert.Equal(TimeSpan.FromSeconds(4), _clock.Armed[1]);
        AdvanceToTheTick(call, TimeSpan.FromSeconds(4));

        Assert.Equal(DeploymentStatus.Succeeded, (await call).Status);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task A_retry_whose_delay_timer_fires_past_the_deadline_is_not_sent()
    {
        // The delay ends before the deadline, but a real timer may fire late: the retry handler then starts no attempt.
        var transport = _transport.On("describeDeploymentJob", Throttled());
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(5);
            o.RetryBaseDelay = TimeSpan.FromSeconds(8);
            o.JitterSource = static () => 0.5;
        }), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.WaitForArmedAsync(2);
        Assert.Equal(TimeSpan.FromSeconds(4), _clock.Armed[1]);
        // The 4 s timer fires only once the clock reads 5 s.
        _clock.Advance(TimeSpan.FromSeconds(5));
        await _clock.RunAsync(call, canAdvance: () => false);

        await AssertTimedOutAsync(call, TimeSpan.FromSeconds(5), attempts: 1, sent: transport.Count);
    }

    [Fact]
    public async Task In_adaptive_mode_a_retry_still_waiting_for_the_rate_limiter_at_the_deadline_is_not_counted()
    {
        var transport = _transport.On("describeDeploymentJob", Throttled());
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o =>
        {
            o.RetryMode = RetryMode.Adaptive;
            o.Timeout = TimeSpan.FromSeconds(1);
        }), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        // The throttle turns the client-side rate limiter on with an empty bucket: the retry (no backoff here) waits
        // for a token longer than the 1 s the call has left. Timers: the two attempts' 1 s, then the limiter's wait.
        await _clock.WaitForArmedAsync(3);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)], _clock.Armed.Take(2));
        Assert.True(_clock.Armed[2] > TimeSpan.FromSeconds(1), $"the limiter's wait is {_clock.Armed[2]}");
        AdvanceToTheTick(call, TimeSpan.FromSeconds(1));

        // One attempt was sent; the second never left the rate limiter.
        await AssertTimedOutAsync(call, TimeSpan.FromSeconds(1), attempts: 1, sent: transport.Count);
    }

    [Fact]
    public async Task In_adaptive_mode_an_attempt_timed_out_in_the_rate_limiter_does_not_number_the_next_one_sent()
    {
        var transport = _transport.On("describeDeploymentJob", Throttled(), Ok(Describe("Succeeded")));
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o =>
        {
            o.RetryMode = RetryMode.Adaptive;
            o.AttemptTimeout = TimeSpan.FromSeconds(1.5);
        }), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        // After the throttle the bucket fills at 0.5 token/s from empty: the second attempt waits 2 s for its token and
        // times out at 1.5 s; the third gets the token 0.5 s later and is the second one sent.
        await _clock.WaitForArmedAsync(3);
        Assert.Equal(TimeSpan.FromSeconds(2), _clock.Armed[2]);
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        // On to the limiter's token (the bucket's arithmetic is in floating point: to the millisecond, not exact), and
        // no further once the attempt is sent, so that its timeout cannot fire under it.
        await _clock.RunAsync(call, canAdvance: () => transport.Count < 2);

        var job = await call;
        Assert.InRange(_clock.GetUtcNow() - VirtualClock.DefaultStart, TimeSpan.FromSeconds(1.99), TimeSpan.FromSeconds(2.01));
        Assert.Equal(2, job.ResponseMetadata!.Attempts);
        Assert.Equal(["attempt=1; max=3", "attempt=2; max=3"], transport.Sent.Select(a => a.Header("amz-sdk-request")));
    }

    [Fact]
    public async Task A_retry_after_an_attempt_timeout_costs_10_of_the_quota_as_in_the_standard_retry_mode()
    {
        var transport = InMemoryTransport.HangingThenOk(int.MaxValue, Describe("Succeeded"));
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Timeout = null;
            // Enough for a retry after throttling or a fault (5), not after a timeout (10).
            o.RetryBudgetCapacity = 9;
        }), transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await _clock.WaitForArmedAsync(1);
        AdvanceToTheTick(call, TimeSpan.FromSeconds(30));

        await AssertTimedOutAsync(call, TimeSpan.FromSeconds(30), attempts: 1, sent: transport.Count);
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task The_overall_timeout_ends_a_stuck_attempt_and_is_not_retried(TimeoutMode mode)
    {
        using var client = StuckClient(mode, attempt: TimeSpan.FromSeconds(30), overall: TimeSpan.FromSeconds(5), out var transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        // One timer, for the nearer limit: the call's 5 s.
        await _clock.WaitForArmedAsync(1);
        Assert.Equal([TimeSpan.FromSeconds(5)], _clock.Armed);
        AdvanceToTheTick(call, TimeSpan.FromSeconds(5));

        await AssertTimedOutAsync(call, TimeSpan.FromSeconds(5), attempts: 1, sent: transport.Count);
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task An_attempt_timeout_is_retried_and_the_deadline_ends_the_next_attempt(TimeoutMode mode)
    {
        using var client = StuckClient(mode, attempt: TimeSpan.FromSeconds(3), overall: TimeSpan.FromSeconds(5), out var transport);

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });
        await transport.WaitForAttemptAsync(1);
        _clock.Advance(TimeSpan.FromSeconds(3));
        // Backoff is zero here: the second attempt starts at once, with 2 s of the call left.
        await transport.WaitForAttemptAsync(2);
        AdvanceToTheTick(call, TimeSpan.FromSeconds(2));

        await AssertTimedOutAsync(call, TimeSpan.FromSeconds(5), attempts: 2, sent: transport.Count);
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly)]
    [InlineData(TimeoutMode.WithCallerStrategies)]
    public async Task The_caller_cancelling_a_stuck_attempt_gets_OperationCanceledException_not_a_timeout(TimeoutMode mode)
    {
        using var client = StuckClient(mode, attempt: TimeSpan.FromSeconds(30), overall: TimeSpan.FromSeconds(100), out var transport);
        using var cts = new CancellationTokenSource();

        var call = client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }, cts.Token);
        await transport.WaitForAttemptAsync(1);
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(1, transport.Count);
        Assert.Equal(0, _clock.ActiveCount);
    }

    [Theory]
    [InlineData(TimeoutMode.SdkStrategiesOnly, 30.0, 100.0, 30.0)]
    [InlineData(TimeoutMode.WithCallerStrategies, 30.0, 100.0, 30.0)]
    [InlineData(TimeoutMode.SdkStrategiesOnly, 30.0, 10.0, 10.0)]
    [InlineData(TimeoutMode.SdkStrategiesOnly, null, 100.0, 100.0)]
    [InlineData(TimeoutMode.SdkStrategiesOnly, 30.0, null, 30.0)]
    public async Task A_call_arms_one_timer_per_attempt_for_the_nearer_limit_and_leaves_none_armed(TimeoutMode mode, double? attemptSeconds, double? callSeconds, double armedSeconds)
    {
        var transport = InMemoryTransport.HangingThenOk(0, Describe("Succeeded"));
        using var client = new RoboMakerDeployClient(Limits(_clock, mode, o =>
        {
            o.AttemptTimeout = attemptSeconds is { } attempt ? TimeSpan.FromSeconds(attempt) : null;
            o.Timeout = callSeconds is { } call ? TimeSpan.FromSeconds(call) : null;
        }), transport);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(DeploymentStatus.Succeeded, (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn })).Status);
        }

        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(armedSeconds), 3), _clock.Armed);
        Assert.Equal(0, _clock.ActiveCount);
    }

    [Fact]
    public async Task A_call_with_no_limits_arms_no_timer()
    {
        var transport = InMemoryTransport.HangingThenOk(0, Describe("Succeeded"));
        using var client = new RoboMakerDeployClient(Limits(_clock, TimeoutMode.SdkStrategiesOnly, static _ => { }), transport);

        Assert.Equal(DeploymentStatus.Succeeded, (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn })).Status);

        Assert.Empty(_clock.Armed);
    }

    [Fact]
    public async Task On_the_system_clock_a_call_canceled_by_its_caller_leaves_later_calls_unaffected()
    {
        // A call its caller canceled on the system clock must leave no timer or state behind that affects the next call.
        using var transport = InMemoryTransport.HangingThenOk(0, Describe("Succeeded"));
        using var client = new RoboMakerDeployClient(
            Options("https://robomaker.test/", new VirtualClock(), o =>
            {
                o.TimeProvider = TimeProvider.System;
                o.AttemptTimeout = TimeSpan.FromSeconds(30);
                o.Timeout = TimeSpan.FromSeconds(100);
            }),
            transport);
        var request = new DescribeDeploymentJobRequest { Job = JobArn };

        for (var round = 0; round < 3; round++)
        {
            using var cts = new CancellationTokenSource();
            var hung = transport.HangNext();
            var stuck = client.DescribeDeploymentJobAsync(request, cts.Token);
            await hung.WaitAsync(TimeSpan.FromSeconds(30));
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stuck);

            transport.Hanging = false;
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(DeploymentStatus.Succeeded, (await client.DescribeDeploymentJobAsync(request)).Status);
            }
        }
    }
}
