using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>The adaptive plan's rules as pure functions: no client, no clock, exact delays.</summary>
public class AdaptivePollPlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    // random = 0.5 makes the untargeted jitter factor exactly 1; targeted delays add 0.5 s × (1 + random).
    private const double Middle = 0.5;

    private static DescribeDeploymentJobResponse Job(DeploymentStatus status, DateTimeOffset createdAt, params RobotDeployment[] robots) =>
        new() { Arn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/j", Status = status, CreatedAt = createdAt, RobotDeploymentSummary = robots };

    private static RobotDeployment Deploying(string name, RobotDeploymentStep step, DateTimeOffset start, float? percent = null, int? eta = null) => new()
    {
        Arn = "arn:aws:robomaker:us-west-2:123456789012:robot/" + name,
        Status = RobotStatus.Deploying,
        DeploymentStartTime = start,
        ProgressDetail = new ProgressDetail { CurrentProgress = step, PercentDone = percent, EstimatedTimeRemainingSeconds = eta },
    };

    private static RobotDeployment Finished(string name, DateTimeOffset start, DateTimeOffset finish) => new()
    {
        Arn = "arn:aws:robomaker:us-west-2:123456789012:robot/" + name,
        Status = RobotStatus.InSync,
        DeploymentStartTime = start,
        DeploymentFinishTime = finish,
        ProgressDetail = new ProgressDetail { CurrentProgress = RobotDeploymentStep.Finished, PercentDone = 100 },
    };

    private static TimeSpan Plan(DescribeDeploymentJobResponse job, DateTimeOffset now, PollHistory? before = null, bool throttled = false, double random = Middle)
    {
        var history = AdaptivePollPlanner.Observe(before, job, job.RobotDeploymentSummary, now, throttled);
        return AdaptivePollPlanner.PlanDelay(history, job.RobotDeploymentSummary, now, Min, Max, random);
    }

    [Fact]
    public void A_robots_estimated_time_remaining_is_honoured_the_poll_lands_just_after_it()
    {
        var job = Job(DeploymentStatus.InProgress, T0, Deploying("a", RobotDeploymentStep.DownloadingExtracting, T0.AddSeconds(20), percent: 50, eta: 30));

        // 30 whole seconds rounded up: 29.5 s left on average, then the margin 1 s × (1 + random), so never before the true end.
        Assert.Equal(TimeSpan.FromSeconds(30.5), Plan(job, T0.AddSeconds(40), random: 0));
        Assert.Equal(TimeSpan.FromSeconds(31.499), Plan(job, T0.AddSeconds(40), random: 0.999_999_9));
    }

    [Fact]
    public void An_estimate_beyond_MaxDelay_is_cut_to_it_and_one_below_MinDelay_raised_to_it()
    {
        var far = Job(DeploymentStatus.InProgress, T0, Deploying("a", RobotDeploymentStep.DownloadingExtracting, T0, percent: 1, eta: 3600));
        var near = Job(DeploymentStatus.InProgress, T0, Deploying("a", RobotDeploymentStep.DownloadingExtracting, T0, percent: 99, eta: 1));

        Assert.Equal(Max, Plan(far, T0.AddSeconds(30)));
        Assert.Equal(Min, Plan(near, T0.AddSeconds(30)));
    }

    [Fact]
    public void A_deploying_robot_is_expected_to_take_as_long_as_the_robots_that_finished()
    {
        // Two robots took 100 s and 120 s: the third, started 80 s ago, should finish in 110 − 80 = 30 s.
        var now = T0.AddSeconds(300);
        var job = Job(
            DeploymentStatus.InProgress,
            T0,
            Finished("a", T0.AddSeconds(10), T0.AddSeconds(110)),
            Finished("b", T0.AddSeconds(10), T0.AddSeconds(130)),
            Deploying("c", RobotDeploymentStep.Launching, now.AddSeconds(-80)));

        Assert.Equal(TimeSpan.FromSeconds(30) + TimeSpan.FromSeconds(1.5), Plan(job, now));
    }

    [Fact]
    public void Far_from_the_jobs_predicted_end_an_intermediate_change_is_looked_at_no_earlier_than_a_quarter_of_the_way()
    {
        // Waves of one robot taking 100 s: a finished, b started 10 s ago (ends in 90 s), c and d pending (200 s more).
        var now = T0.AddSeconds(200);
        var pending = new RobotDeployment { Arn = "arn:aws:robomaker:us-west-2:123456789012:robot/p", Status = RobotStatus.PendingNewDeployment };
        var job = Job(
            DeploymentStatus.InProgress,
            T0,
            Finished("a", T0.AddSeconds(90), T0.AddSeconds(190)),
            Deploying("b", RobotDeploymentStep.DownloadingExtracting, now.AddSeconds(-10), percent: 10, eta: 5),
            pending with { Arn = pending.Arn + "c" },
            pending with { Arn = pending.Arn + "d" });

        Assert.Equal(now.AddSeconds(290), AdaptivePollPlanner.PredictJobEnd(job.RobotDeploymentSummary, now));
        // The download ends in ~4.5 s, but the job ends in 290 s: the poll goes a quarter of the way (72.5 s), capped at MaxDelay.
        Assert.Equal(Max, Plan(job, now));
        var unbounded = AdaptivePollPlanner.PlanDelay(
            AdaptivePollPlanner.Observe(null, job, job.RobotDeploymentSummary, now, throttled: false), job.RobotDeploymentSummary, now, Min, TimeSpan.FromMinutes(10), Middle);
        Assert.Equal(TimeSpan.FromSeconds(72.5 + 1.5), unbounded);
        // Before any robot finished there is no pace, so no predicted end.
        Assert.Null(AdaptivePollPlanner.PredictJobEnd([Deploying("x", RobotDeploymentStep.Validating, T0)], now));
    }

    [Fact]
    public void A_phase_is_expected_to_last_as_long_as_the_one_before_it()
    {
        // Pending from createdAt (T0) to the poll at 10 s that first saw Preparing: the change is placed half-way
        // between the polls at 6 s and 10 s, so Pending lasted 8 s and Preparing should end at 16 s.
        var pending = AdaptivePollPlanner.Observe(null, Job(DeploymentStatus.Pending, T0), [], T0.AddSeconds(6), throttled: false);
        var preparing = Job(DeploymentStatus.Preparing, T0);

        var delay = Plan(preparing, T0.AddSeconds(10), pending);

        Assert.Equal(TimeSpan.FromSeconds(7.5), delay);
    }

    [Fact]
    public void A_job_that_just_changed_is_watched_closely_and_an_idle_one_is_backed_off()
    {
        var created = T0;
        var history = AdaptivePollPlanner.Observe(null, Job(DeploymentStatus.Pending, created), [], created, throttled: false);
        var delays = new List<TimeSpan>();
        var now = created;
        // Nothing predicts the end of Pending: each delay is as long as the phase has lasted (at least MinDelay, at most MaxDelay).
        for (var i = 0; i < 7; i++)
        {
            var delay = AdaptivePollPlanner.PlanDelay(history, [], now, Min, Max, Middle);
            delays.Add(delay);
            now += delay;
            history = AdaptivePollPlanner.Observe(history, Job(DeploymentStatus.Pending, created), [], now, throttled: false);
        }
        Assert.Equal([2, 2, 4, 8, 16, 32, 60], delays.Select(d => d.TotalSeconds));

        // A change: the new phase is one second old, so the next poll comes soon again.
        var changed = AdaptivePollPlanner.Observe(history with { PreviousPhaseLength = null }, Job(DeploymentStatus.Preparing, created), [], now + TimeSpan.FromSeconds(1), throttled: false);
        var afterChange = AdaptivePollPlanner.PlanDelay(changed with { PreviousPhaseLength = null }, [], now + TimeSpan.FromSeconds(1), Min, Max, Middle);
        Assert.True(afterChange < delays[^1], $"after a change {afterChange} should be shorter than the idle {delays[^1]}");
        Assert.Equal(Min, afterChange);
    }

    [Fact]
    public void A_job_read_while_Pending_long_after_its_creation_is_polled_rarely_at_once()
    {
        var job = Job(DeploymentStatus.Pending, T0);

        Assert.Equal(TimeSpan.FromSeconds(20), Plan(job, T0.AddSeconds(20)));
        Assert.Equal(Max, Plan(job, T0.AddMinutes(10)));
    }

    [Fact]
    public void Throttling_doubles_the_delay_per_throttled_poll_and_a_clean_poll_takes_one_doubling_back()
    {
        var job = Job(DeploymentStatus.Pending, T0);
        var now = T0.AddSeconds(10);

        var clean = AdaptivePollPlanner.Observe(null, job, [], now, throttled: false);
        var once = AdaptivePollPlanner.Observe(null, job, [], now, throttled: true);
        var twice = AdaptivePollPlanner.Observe(once, job, [], now, throttled: true);
        var recovered = AdaptivePollPlanner.Observe(twice, job, [], now, throttled: false);

        Assert.Equal(TimeSpan.FromSeconds(10), AdaptivePollPlanner.PlanDelay(clean, [], now, Min, Max, Middle));
        Assert.Equal(TimeSpan.FromSeconds(20), AdaptivePollPlanner.PlanDelay(once, [], now, Min, Max, Middle));
        Assert.Equal(TimeSpan.FromSeconds(40), AdaptivePollPlanner.PlanDelay(twice, [], now, Min, Max, Middle));
        Assert.Equal(TimeSpan.FromSeconds(20), AdaptivePollPlanner.PlanDelay(recovered, [], now, Min, Max, Middle));
        // Still never beyond MaxDelay.
        Assert.Equal(Max, AdaptivePollPlanner.PlanDelay(twice with { ThrottleLevel = 10 }, [], now, Min, Max, Middle));
    }

    [Fact]
    public void A_new_phase_starts_at_the_most_precise_moment_the_replies_give()
    {
        var before = AdaptivePollPlanner.Observe(null, Job(DeploymentStatus.Preparing, T0), [], T0.AddSeconds(10), throttled: false);

        // A robot's deploymentStartTime between the two polls marks the start of InProgress.
        var started = Job(DeploymentStatus.InProgress, T0, Deploying("a", RobotDeploymentStep.Validating, T0.AddSeconds(12)));
        var after = AdaptivePollPlanner.Observe(before, started, started.RobotDeploymentSummary, T0.AddSeconds(20), throttled: false);
        Assert.Equal(T0.AddSeconds(12), after.PhaseStart);

        // A download 20% done with 40.5 s left (estimatedTimeRemainingSeconds 41, rounded up) began 10.125 s before the poll.
        var downloading = Job(DeploymentStatus.InProgress, T0, Deploying("a", RobotDeploymentStep.DownloadingExtracting, T0.AddSeconds(12), percent: 20, eta: 41));
        var download = AdaptivePollPlanner.Observe(after, downloading, downloading.RobotDeploymentSummary, T0.AddSeconds(40), throttled: false);
        Assert.Equal(T0.AddSeconds(40 - 10.125), download.PhaseStart);
        Assert.Equal(T0.AddSeconds(80.5), download.PhaseEndEstimate);
    }
}
