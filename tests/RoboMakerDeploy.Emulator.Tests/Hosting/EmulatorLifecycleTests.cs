using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.Hosting;

public class EmulatorLifecycleTests
{
    // 15 s jobs, 2 robots in waves of 50%: Pending [0, 1.5), Preparing [1.5, 3), robot 0 in [3, 9),
    // robot 1 in [9, 15); with all six steps each step lasts exactly one second.
    private static readonly TimeSpan JobDuration = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_job_and_its_robots_walk_every_state_in_order()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o => { o.RobotsPerFleet = 2; o.JobDuration = JobDuration; });
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("walk"), new DeploymentConfig { ConcurrentDeploymentPercentage = 50 }, allSteps: true));

        async Task<DescribeDeploymentJobResponse> At(double seconds)
        {
            clock.SetUtcNow(Start.AddSeconds(seconds));
            return await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });
        }

        var pending = await At(0.5);
        Assert.Equal(DeploymentStatus.Pending, pending.Status);
        Assert.All(pending.RobotDeploymentSummary, r => Assert.Equal(RobotStatus.PendingNewDeployment, r.Status));
        Assert.Equal(DeploymentStatus.Preparing, (await At(2)).Status);

        var steps = new List<RobotDeploymentStep>();
        ProgressDetail? downloading = null;
        for (var t = 3.5; t < 9; t += 1)
        {
            var described = await At(t);
            if (t == 5.5) downloading = described.RobotDeploymentSummary[0].ProgressDetail;
            Assert.Equal(DeploymentStatus.InProgress, described.Status);
            Assert.Equal(RobotStatus.Deploying, described.RobotDeploymentSummary[0].Status);
            Assert.Equal(Start.AddSeconds(3), described.RobotDeploymentSummary[0].DeploymentStartTime);
            Assert.Equal(RobotStatus.PendingNewDeployment, described.RobotDeploymentSummary[1].Status);
            steps.Add(described.RobotDeploymentSummary[0].ProgressDetail!.CurrentProgress!.Value);
        }
        Assert.Equal(
            [
                RobotDeploymentStep.Validating, RobotDeploymentStep.ExecutingDownloadCondition, RobotDeploymentStep.DownloadingExtracting,
                RobotDeploymentStep.ExecutingPreLaunch, RobotDeploymentStep.Launching, RobotDeploymentStep.ExecutingPostLaunch,
            ],
            steps);

        // Half-way through its one-second download step.
        Assert.Equal(RobotDeploymentStep.DownloadingExtracting, downloading!.CurrentProgress);
        Assert.Equal(50f, downloading.PercentDone);
        Assert.Equal(1, downloading.EstimatedTimeRemainingSeconds);

        var secondWave = await At(9.5);
        Assert.Equal(RobotStatus.InSync, secondWave.RobotDeploymentSummary[0].Status);
        Assert.Equal(RobotDeploymentStep.Finished, secondWave.RobotDeploymentSummary[0].ProgressDetail!.CurrentProgress);
        Assert.Equal(Start.AddSeconds(9), secondWave.RobotDeploymentSummary[0].DeploymentFinishTime);
        Assert.Equal(RobotStatus.Deploying, secondWave.RobotDeploymentSummary[1].Status);
        Assert.Equal(RobotDeploymentStep.Validating, secondWave.RobotDeploymentSummary[1].ProgressDetail!.CurrentProgress);

        var done = await At(15);
        Assert.Equal(DeploymentStatus.Succeeded, done.Status);
        Assert.All(done.RobotDeploymentSummary, r => Assert.Equal(RobotStatus.InSync, r.Status));
    }

    [Fact]
    public async Task Without_optional_files_robots_skip_the_optional_steps()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o => { o.RobotsPerFleet = 1; o.JobDuration = TimeSpan.FromSeconds(5); });
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("plain")));

        var seen = new List<RobotDeploymentStep>();
        for (var t = 1.0; t <= 5; t += 0.25)
        {
            clock.SetUtcNow(Start.AddSeconds(t));
            var robot = (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! })).RobotDeploymentSummary[0];
            if (robot.ProgressDetail?.CurrentProgress is { } step && (seen.Count == 0 || seen[^1] != step)) seen.Add(step);
        }

        Assert.Equal([RobotDeploymentStep.Validating, RobotDeploymentStep.DownloadingExtracting, RobotDeploymentStep.Launching, RobotDeploymentStep.Finished], seen);
    }

    [Fact]
    public async Task The_waiter_follows_a_job_to_success_through_every_robot_step()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(configure: o => { o.TimeProvider = clock; o.RobotsPerFleet = 2; o.JobDuration = JobDuration; });
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("wait"), allSteps: true));
        var progress = new RecordingProgress<DeploymentJobProgress>();

        var wait = client.WaitForDeploymentJobAsync(
            job.Arn!,
            new DeploymentWaitOptions { MinDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromMilliseconds(250) },
            progress);
        // Each poll is followed by one 250 ms delay on the clock: advance once per delay, so every poll sees 250 ms more.
        var final = await clock.DriveWaiterAsync(wait, TimeSpan.FromMilliseconds(250));

        Assert.Equal(DeploymentStatus.Succeeded, final.Status);
        var statuses = progress.Reports.Select(p => p.Status!.Value).Distinct().ToList();
        Assert.Equal(DeploymentStatus.Succeeded, statuses[^1]);
        Assert.Contains(DeploymentStatus.InProgress, statuses);
        var robotSteps = progress.Reports.Select(p => p.Robots[0].CurrentStep).OfType<RobotDeploymentStep>().Distinct().ToList();
        Assert.Equal(
            [
                RobotDeploymentStep.Validating, RobotDeploymentStep.ExecutingDownloadCondition, RobotDeploymentStep.DownloadingExtracting,
                RobotDeploymentStep.ExecutingPreLaunch, RobotDeploymentStep.Launching, RobotDeploymentStep.ExecutingPostLaunch, RobotDeploymentStep.Finished,
            ],
            robotSteps);
    }

    [Fact]
    public async Task A_scripted_robot_failure_fails_the_robot_in_its_step_and_the_job_at_the_end()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o =>
        {
            o.RobotsPerFleet = 4;
            o.JobDuration = TimeSpan.FromSeconds(10);
            o.ScriptedFailures.Add(new ScriptedRobotFailure("flaky", 2, DeploymentJobErrorCode.DownloadConditionFailed));
        });
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("flaky"), allSteps: true));

        clock.Advance(TimeSpan.FromSeconds(10));
        var described = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });

        Assert.Equal(DeploymentStatus.Failed, described.Status);
        Assert.Equal(DeploymentJobErrorCode.DownloadConditionFailed, described.FailureCode);
        var failed = described.RobotDeploymentSummary[2];
        Assert.Equal(RobotStatus.Failed, failed.Status);
        Assert.Equal(DeploymentJobErrorCode.DownloadConditionFailed, failed.FailureCode);
        Assert.Equal(RobotDeploymentStep.ExecutingDownloadCondition, failed.ProgressDetail!.CurrentProgress);
        Assert.NotNull(failed.FailureReason);
        Assert.Equal(3, described.RobotDeploymentSummary.Count(r => r.Status == RobotStatus.InSync));

        // The waiter reports it as a failure when asked to.
        var error = await Assert.ThrowsAsync<DeploymentJobFailedException>(() =>
            client.WaitForDeploymentJobAsync(job.Arn!, new DeploymentWaitOptions { ThrowOnFailure = true }));
        Assert.Equal(DeploymentStatus.Failed, error.Status);
    }

    [Fact]
    public async Task Failures_beyond_the_threshold_stop_the_job_with_failure_threshold_breached()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, o =>
        {
            o.RobotsPerFleet = 4;
            o.JobDuration = TimeSpan.FromSeconds(10);
        });
        // Robots 0 and 1 fail in the first wave (of two): 2 of 4 = 50% > 25%.
        emulator.AddScriptedFailure(new ScriptedRobotFailure(FleetArn("fragile"), 0, DeploymentJobErrorCode.ExtractingBundleFailure));
        emulator.AddScriptedFailure(new ScriptedRobotFailure("fragile", 1, DeploymentJobErrorCode.RobotDeploymentNoResponse));
        using var client = Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(FleetArn("fragile"), new DeploymentConfig { ConcurrentDeploymentPercentage = 50, FailureThresholdPercentage = 25 }));

        clock.Advance(TimeSpan.FromSeconds(10));
        var described = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });

        Assert.Equal(DeploymentStatus.Failed, described.Status);
        Assert.Equal(DeploymentJobErrorCode.FailureThresholdBreached, described.FailureCode);
        Assert.Contains("25%", described.FailureReason, StringComparison.Ordinal);
        var robots = described.RobotDeploymentSummary;
        Assert.Equal((RobotStatus.Failed, DeploymentJobErrorCode.ExtractingBundleFailure), (robots[0].Status!.Value, robots[0].FailureCode!.Value));
        Assert.Equal((RobotStatus.NoResponse, DeploymentJobErrorCode.RobotDeploymentNoResponse), (robots[1].Status!.Value, robots[1].FailureCode!.Value));
        Assert.Equal(RobotDeploymentStep.DownloadingExtracting, robots[0].ProgressDetail!.CurrentProgress);
        // The second wave never started.
        Assert.All(robots.Skip(2), r => Assert.Equal(RobotStatus.PendingNewDeployment, r.Status));

        // A job created after ClearScriptedFailures succeeds.
        emulator.ClearScriptedFailures();
        var clean = await client.CreateDeploymentJobAsync(NewJob(FleetArn("fragile"), new DeploymentConfig { FailureThresholdPercentage = 25 }));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(DeploymentStatus.Succeeded, (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = clean.Arn! })).Status);
    }
}
