using System.Text.Json;
using RoboMakerDeploy.Models;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

public sealed class WaiterTests : IDisposable
{
    private const string R1 = "arn:aws:robomaker:us-west-2:123456789012:robot/r1/1";
    private const string R2 = "arn:aws:robomaker:us-west-2:123456789012:robot/r2/1";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _server.Stop();

    private static string Robot(string arn, string status, string? step = null, double? percent = null, int? eta = null, string? failureCode = null)
    {
        var detail = step is null
            ? string.Empty
            : ",\"progressDetail\":{\"currentProgress\":\"" + step + "\""
              + (percent is { } p ? ",\"percentDone\":" + p.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
              + (eta is { } e ? ",\"estimatedTimeRemainingSeconds\":" + e : string.Empty) + "}";
        var failure = failureCode is null ? string.Empty : $",\"failureCode\":\"{failureCode}\",\"failureReason\":\"robot said no\"";
        return $"{{\"arn\":\"{arn}\",\"status\":\"{status}\"{detail}{failure}}}";
    }

    private static HttpResponseMessage Job(string status, params string[] robots) => Ok(Describe(status, "[" + string.Join(",", robots) + "]"));

    private sealed class Recorder : IProgress<DeploymentJobProgress>
    {
        public List<DeploymentJobProgress> Reports { get; } = [];

        public void Report(DeploymentJobProgress value)
        {
            lock (Reports) Reports.Add(value);
        }
    }

    // The blind backoff: these tests pin its exact delays (the adaptive plan has its own tests).
    private static DeploymentWaitOptions Fast => new() { PollingStrategy = DeploymentPollingStrategy.Backoff, MinDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(4), JitterSource = static () => 0 };

    [Fact]
    public async Task A_job_walks_from_Pending_to_Succeeded_and_progress_is_reported_only_on_change()
    {
        Sequence(
            _server,
            "/describeDeploymentJob",
            Job("Pending", Robot(R1, "PendingNewDeployment")),
            Job("Pending", Robot(R1, "PendingNewDeployment")),
            Job("Preparing", Robot(R1, "PendingNewDeployment")),
            Job("InProgress", Robot(R1, "Deploying", "Validating")),
            Job("InProgress", Robot(R1, "Deploying", "DownloadingExtracting", 0, 60)),
            Job("InProgress", Robot(R1, "Deploying", "DownloadingExtracting", 0, 60)),
            Job("InProgress", Robot(R1, "Deploying", "DownloadingExtracting", 50, 30)),
            Job("InProgress", Robot(R1, "Deploying", "ExecutingDownloadCondition")),
            Job("InProgress", Robot(R1, "Deploying", "ExecutingPreLaunch")),
            Job("InProgress", Robot(R1, "Deploying", "Launching")),
            Job("InProgress", Robot(R1, "Deploying", "ExecutingPostLaunch")),
            Job("InProgress", Robot(R1, "InSync", "Finished")),
            Job("Succeeded", Robot(R1, "InSync", "Finished")));
        using var client = Client(_server.Url!, _clock, out var transport);
        var progress = new Recorder();

        var final = await _clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, Fast, progress));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Equal(RobotStatus.InSync, Assert.Single(final.RobotDeploymentSummary).Status);
        Assert.Equal(13, transport.Count);
        Assert.Equal(12, _clock.Armed.Count);

        // Two polls repeated the previous state exactly: 11 reports for 13 polls.
        Assert.Equal(11, progress.Reports.Count);
        Assert.Equal(
            [DeploymentStatus.Pending, DeploymentStatus.Preparing, DeploymentStatus.InProgress, DeploymentStatus.Succeeded],
            progress.Reports.Select(r => r.Status!.Value).Distinct());
        Assert.Equal(
            [
                RobotDeploymentStep.Validating, RobotDeploymentStep.DownloadingExtracting, RobotDeploymentStep.ExecutingDownloadCondition,
                RobotDeploymentStep.ExecutingPreLaunch, RobotDeploymentStep.Launching, RobotDeploymentStep.ExecutingPostLaunch, RobotDeploymentStep.Finished,
            ],
            progress.Reports.Select(r => r.Robots[0].CurrentStep).OfType<RobotDeploymentStep>().Distinct());
        var downloading = progress.Reports.Where(r => r.Robots[0].CurrentStep == RobotDeploymentStep.DownloadingExtracting).ToArray();
        Assert.Equal([0f, 50f], downloading.Select(r => r.Robots[0].PercentDone!.Value));
        Assert.Equal([60, 30], downloading.Select(r => r.Robots[0].EstimatedTimeRemainingSeconds!.Value));
        for (var i = 1; i < progress.Reports.Count; i++) Assert.NotEqual(progress.Reports[i - 1], progress.Reports[i]);
        Assert.All(transport.Sent, s => Assert.Equal(JobArn, JsonDocument.Parse(s.Body).RootElement.GetProperty("job").GetString()));
    }

    [Theory]
    [InlineData("Succeeded", DeploymentStatus.Succeeded)]
    [InlineData("Failed", DeploymentStatus.Failed)]
    [InlineData("Canceled", DeploymentStatus.Canceled)]
    public async Task Each_terminal_status_ends_the_wait_and_returns_the_description(string wire, DeploymentStatus status)
    {
        Sequence(_server, "/describeDeploymentJob", Job("InProgress", Robot(R1, "Deploying", "Launching")), Job(wire, Robot(R1, "InSync", "Finished")));
        using var client = Client(_server.Url!, _clock, out var transport);
        var progress = new Recorder();

        var final = await _clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, Fast, progress));

        Assert.Equal(status, final.Status);
        Assert.Equal(R1, Assert.Single(final.RobotDeploymentSummary).Arn);
        Assert.Equal(2, transport.Count);
        Assert.Equal([TimeSpan.FromSeconds(1)], _clock.Armed);
        Assert.Equal(status, progress.Reports[^1].Status);
    }

    [Fact]
    public async Task The_first_poll_is_immediate_and_a_finished_job_needs_no_delay()
    {
        Sequence(_server, "/describeDeploymentJob", Job("Succeeded"));
        using var client = Client(_server.Url!, _clock, out var transport);

        var final = await client.WaitForDeploymentJobAsync(JobArn, Fast);

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Empty(_clock.Armed);
        Assert.Equal(1, transport.Count);
    }

    [Theory]
    [InlineData("Failed")]
    [InlineData("Canceled")]
    public async Task ThrowOnFailure_raises_DeploymentJobFailedException_with_code_reason_and_failed_robots(string wire)
    {
        var failed = Describe(wire, "[" + Robot(R1, "Failed", "Launching", failureCode: "RobotDeploymentAborted") + "," + Robot(R2, "InSync", "Finished") + "]")
            .Replace("\"status\"", "\"failureCode\":\"FailureThresholdBreached\",\"failureReason\":\"too many robots failed\",\"status\"", StringComparison.Ordinal);
        Sequence(_server, "/describeDeploymentJob", Ok(failed));
        using var client = Client(_server.Url!, _clock, out _);

        var ex = await Assert.ThrowsAsync<DeploymentJobFailedException>(() => client.WaitForDeploymentJobAsync(JobArn, Fast with { ThrowOnFailure = true }));

        Assert.Equal(wire, ex.Description.RawStatus);
        Assert.Equal(DeploymentJobErrorCode.FailureThresholdBreached, ex.FailureCode);
        Assert.Equal("too many robots failed", ex.FailureReason);
        var robot = Assert.Single(ex.FailedRobots);
        Assert.Equal(R1, robot.Arn);
        Assert.Equal(DeploymentJobErrorCode.RobotDeploymentAborted, robot.FailureCode);
        Assert.Contains("FailureThresholdBreached", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrowOnFailure_returns_a_succeeded_job()
    {
        Sequence(_server, "/describeDeploymentJob", Job("Succeeded"));
        using var client = Client(_server.Url!, _clock, out _);

        var final = await client.WaitForDeploymentJobAsync(JobArn, Fast with { ThrowOnFailure = true });

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
    }

    [Fact]
    public async Task A_timeout_raises_DeploymentWaitTimeoutException_with_the_last_observed_state()
    {
        Sequence(_server, "/describeDeploymentJob", Job("Pending"), Job("InProgress", Robot(R1, "Deploying", "Launching")));
        using var client = Client(_server.Url!, _clock, out var transport);

        var wait = client.WaitForDeploymentJobAsync(JobArn, Fast with { Timeout = TimeSpan.FromSeconds(30) });
        // Advance only while a poll delay is pending besides the timeout, i.e. no poll is in flight.
        await _clock.RunAsync(wait, () => _clock.ActiveCount >= 2);

        var ex = await Assert.ThrowsAsync<DeploymentWaitTimeoutException>(() => wait);
        Assert.Equal(TimeSpan.FromSeconds(30), ex.Timeout);
        Assert.Equal(JobArn, ex.JobArn);
        Assert.Equal(DeploymentStatus.InProgress, ex.LastDescription!.Status);
        Assert.Equal(RobotDeploymentStep.Launching, ex.LastDescription.RobotDeploymentSummary[0].ProgressDetail!.CurrentProgress);
        // With r = 0 the delays are half the ceiling: 1 s, then 2 s (the ceiling stops at MaxDelay 4 s),
        // so polls at 0, 1, 3, 5, ..., 29 s, then the timeout at 30 s.
        Assert.Equal(16, transport.Count);
        Assert.Equal(_clock.Start + TimeSpan.FromSeconds(30), _clock.GetUtcNow());
    }

    [Fact]
    public async Task An_Unknown_status_keeps_polling_until_the_timeout()
    {
        Sequence(_server, "/describeDeploymentJob", Job("Rebooting"));
        using var client = Client(_server.Url!, _clock, out var transport);

        var wait = client.WaitForDeploymentJobAsync(JobArn, Fast with { Timeout = TimeSpan.FromSeconds(10) });
        await _clock.RunAsync(wait, () => _clock.ActiveCount >= 2);

        var ex = await Assert.ThrowsAsync<DeploymentWaitTimeoutException>(() => wait);
        Assert.Equal(DeploymentStatus.Unknown, ex.LastDescription!.Status);
        Assert.Equal("Rebooting", ex.LastDescription.RawStatus);
        // Polls at 0, 1, 3, 5, 7 and 9 s; the next would be at 11 s.
        Assert.Equal(6, transport.Count);
    }

    [Fact]
    public async Task Cancellation_during_a_poll_delay_ends_the_wait_at_once()
    {
        Sequence(_server, "/describeDeploymentJob", Job("InProgress"));
        using var client = Client(_server.Url!, _clock, out var transport);
        using var cts = new CancellationTokenSource();

        var wait = client.WaitForDeploymentJobAsync(JobArn, Fast, cancellationToken: cts.Token);
        await _clock.WaitForArmedAsync(1);
        await cts.CancelAsync();

        await Task.WhenAny(wait).WaitAsync(TimeSpan.FromSeconds(30));
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task A_throttled_poll_is_absorbed_by_the_retries_and_lengthens_the_interval()
    {
        Sequence(_server, "/describeDeploymentJob", Job("InProgress"), Throttled(), Job("InProgress"), Job("InProgress"), Job("Succeeded"));
        using var client = Client(_server.Url!, _clock, out var transport);
        var options = new DeploymentWaitOptions { PollingStrategy = DeploymentPollingStrategy.Backoff, MinDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(10), JitterSource = static () => 0 };

        var final = await _clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, options));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Equal(5, transport.Count);
        // Unthrottled the delays would be 10, 20, 40 s; the throttled second poll skips a step.
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(80)], _clock.Armed);
    }

    [Fact]
    public async Task The_adaptive_plan_doubles_its_delay_after_a_throttled_poll_and_recovers_after_a_clean_one()
    {
        Sequence(_server, "/describeDeploymentJob", Job("InProgress"), Throttled(), Job("InProgress"), Job("InProgress"), Job("Succeeded"));
        using var client = Client(_server.Url!, _clock, out var transport);
        var options = new DeploymentWaitOptions { JitterSource = static () => 0.5 };

        var final = await _clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, options));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Equal(5, transport.Count);
        // Nothing predicts the end, so each delay is as long as the phase has lasted (at least MinDelay 2 s): unthrottled
        // 2, 2, 4 s. The second poll was throttled (the retry absorbed it): its delay doubles to 4 s; the next is clean again.
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6)], _clock.Armed);
    }

    [Fact]
    public async Task A_poll_throttled_beyond_the_retries_keeps_waiting_more_slowly()
    {
        Sequence(_server, "/describeDeploymentJob", Job("InProgress"), Throttled(), Throttled(), Throttled(), Job("Succeeded"));
        using var client = Client(_server.Url!, _clock, out var transport);
        var options = new DeploymentWaitOptions { PollingStrategy = DeploymentPollingStrategy.Backoff, MinDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(10), JitterSource = static () => 0 };

        var final = await _clock.RunAsync(client.WaitForDeploymentJobAsync(JobArn, options));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        Assert.Equal(5, transport.Count);
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(80)], _clock.Armed);
    }

    [Fact]
    public async Task ResourceNotFoundException_surfaces_as_such()
    {
        Sequence(_server, "/describeDeploymentJob", Error(400, "ResourceNotFoundException", "expired"));
        using var client = Client(_server.Url!, _clock, out var transport);

        var ex = await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.WaitForDeploymentJobAsync(JobArn, Fast));

        Assert.Equal(1, transport.Count);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
    }

    [Fact]
    public async Task The_delays_are_exactly_those_of_the_seeded_jitter()
    {
        const int seed = 20240301;
        Sequence(_server, "/describeDeploymentJob", Job("InProgress"), Job("InProgress"), Job("InProgress"), Job("InProgress"), Job("InProgress"), Job("Succeeded"));
        using var client = Client(_server.Url!, _clock, out var transport);
        var random = new Random(seed);
        var options = new DeploymentWaitOptions { PollingStrategy = DeploymentPollingStrategy.Backoff, MinDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(30), JitterSource = random.NextDouble };

        // Delay k: ceiling c = min(30 s, 2 s × 2^(k+1)); the delay is c/2 + r × c/2 with r the k-th draw, in whole milliseconds.
        var draws = new Random(seed);
        var expected = new List<TimeSpan>();
        foreach (var ceilingSeconds in new[] { 4, 8, 16, 30, 30 })
        {
            var c = TimeSpan.FromSeconds(ceilingSeconds).Ticks;
            var ticks = (long)((c / 2.0) + (c / 2.0 * draws.NextDouble()));
            expected.Add(TimeSpan.FromMilliseconds(ticks / TimeSpan.TicksPerMillisecond));
        }
        Assert.All(expected, d => Assert.True(d >= TimeSpan.FromSeconds(2) && d <= TimeSpan.FromSeconds(30)));

        var wait = client.WaitForDeploymentJobAsync(JobArn, options);
        for (var k = 0; k < expected.Count; k++)
        {
            await _clock.WaitForArmedAsync(k + 1);
            Assert.Equal(expected[k], _clock.Armed[k]);
            // Timers fire inside Advance: one tick short of the delay, the same timers are still pending.
            var pending = _clock.ActiveCount;
            _clock.Advance(expected[k] - TimeSpan.FromTicks(1));
            Assert.Equal(pending, _clock.ActiveCount);
            Assert.Equal(k + 1, transport.Count);
            _clock.Advance(TimeSpan.FromTicks(1));
            // Poll k + 2 goes out now; the next delay is armed only after its reply, which the next round waits for.
        }

        Assert.Equal(DeploymentStatus.Succeeded, (await wait).Status);
        Assert.Equal(expected, _clock.Armed);
    }

    [Fact]
    public async Task Waiting_works_the_same_for_the_job_SyncDeploymentJob_starts()
    {
        const string syncArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/sync-7";
        Sequence(_server, "/syncDeploymentJob", Ok(CreateReply.Replace(JobArn, syncArn, StringComparison.Ordinal)));
        Sequence(
            _server,
            "/describeDeploymentJob",
            Ok(Describe("Preparing").Replace(JobArn, syncArn, StringComparison.Ordinal)),
            Ok(Describe("Succeeded", "[" + Robot(R1, "InSync", "Finished") + "]").Replace(JobArn, syncArn, StringComparison.Ordinal)));
        using var client = Client(_server.Url!, _clock, out var transport);

        var job = await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn });
        var final = await _clock.RunAsync(client.WaitForDeploymentJobAsync(job.Arn!, Fast));

        Assert.Equal(syncArn, final.Arn);
        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        var polls = transport.Sent.Where(s => s.Path == "/describeDeploymentJob").ToArray();
        Assert.Equal(2, polls.Length);
        Assert.All(polls, p => Assert.Equal(syncArn, JsonDocument.Parse(p.Body).RootElement.GetProperty("job").GetString()));
    }
}
