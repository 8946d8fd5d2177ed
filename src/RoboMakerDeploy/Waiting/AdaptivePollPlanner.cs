using System.Text;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// The rules of <see cref="DeploymentPollingStrategy.Adaptive"/>: pure functions from the description just read,
/// the <see cref="PollHistory"/> of the polls before and the time to the next delay, so they are tested without a client.
/// </summary>
/// <remarks>
/// The next poll goes just after the earliest moment the replies predict a change:
/// <list type="bullet">
/// <item>a robot in DownloadingExtracting ends its step when its estimatedTimeRemainingSeconds run out;</item>
/// <item>a deploying robot finishes at its deploymentStartTime plus the mean time (deploymentFinishTime − deploymentStartTime) of the robots that already finished;</item>
/// <item>the current phase (job status and robot steps) lasts as long as the phase before it did.</item>
/// </list>
/// With no such moment ahead, the delay is as long as the current phase has lasted so far, or half that once the phase
/// has outlived its predicted end: a job that just changed is watched closely, an idle one is backed off geometrically.
/// In the job's last stretch (every robot finished or launching), once the predicted end has passed, the delay is only
/// as long as the job is overdue (at least the minimum): the end is due at any moment.
/// While the job's predicted end (the finished robots' pace, applied to the robots deploying and the waves still pending)
/// is further than the next predicted change, the poll goes no earlier than a quarter of the way to that end.
/// Then throttling doubles the delay per level, and the result is held within [min, max].
/// The reply's times are not trusted: timestamps more than <see cref="PlanArithmetic.Horizon"/> (a year) from now, a finish
/// before its start, a non-finite percentDone are ignored, estimates are cut to the horizon, and all arithmetic on them
/// saturates (<see cref="PlanArithmetic"/>), so no reply makes planning throw.
/// </remarks>
internal static class AdaptivePollPlanner
{
    /// <summary>
    /// How long after a predicted moment to poll, at least (jitter adds up to as much again). A predicted end adds two
    /// estimates, each off by up to half a second (whole-second estimatedTimeRemainingSeconds, the reply's time in flight):
    /// with 0.5 s, one 40-second deployment in three was polled just before its end on a loaded machine, costing a poll
    /// (see the benchmarks' README, "Waiter", real time).
    /// </summary>
    public static readonly TimeSpan TargetMargin = TimeSpan.FromSeconds(1);

    /// <summary>How much later than the truth a whole-second estimatedTimeRemainingSeconds may put the end of a step.</summary>
    private static readonly TimeSpan EstimateRounding = TimeSpan.FromSeconds(0.5);

    /// <summary>Folds a new description into the history.</summary>
    /// <param name="previous">The history before, or null at the first poll.</param>
    /// <param name="job">The job as just read.</param>
    /// <param name="robots">Its robots (empty when only a ListDeploymentJobs summary was read).</param>
    /// <param name="now">When it was read.</param>
    /// <param name="throttled">Whether the poll met throttling (absorbed by retries or not).</param>
    /// <returns>The new history.</returns>
    public static PollHistory Observe(PollHistory? previous, DeploymentJobInfo job, IReadOnlyList<RobotDeployment> robots, DateTimeOffset now, bool throttled)
    {
        var signature = Signature(job, robots);
        var download = Download(robots, now);
        var throttle = throttled ? (previous?.ThrottleLevel ?? 0) + 1 : Math.Max(0, (previous?.ThrottleLevel ?? 0) - 1);

        if (previous is not { } before)
        {
            // A job read while Pending began that phase at createdAt; otherwise the download's progress may tell.
            var start = job.Status is DeploymentStatus.Pending && PlanArithmetic.Plausible(job.CreatedAt, now) is { } created && created <= now ? created
                : download?.Start ?? now;
            return new PollHistory(signature, start, download?.End, null, now, throttle);
        }

        if (string.Equals(signature, before.Signature, StringComparison.Ordinal))
        {
            return before with { PhaseEndEstimate = download?.End ?? before.PhaseEndEstimate, PolledAt = now, ThrottleLevel = throttle };
        }

        // The phase changed somewhere in (before.PolledAt, now]: take the most precise moment the replies give.
        var phaseStart = Within(download?.Start, before.PolledAt, now)
            ?? Within(LatestRobotStart(robots), before.PolledAt, now)
            ?? (Within(before.PhaseEndEstimate, before.PolledAt, now + EstimateRounding) is { } estimated ? Min(estimated, now) : (DateTimeOffset?)null)
            ?? before.PolledAt + ((now - before.PolledAt) / 2);
        var length = phaseStart - before.PhaseStart;
        return new PollHistory(signature, phaseStart, download?.End, length > TimeSpan.Zero ? length : before.PreviousPhaseLength, now, throttle);
    }

    /// <summary>The earliest moment after <paramref name="now"/> at which the replies predict a change, or null when none is known.</summary>
    /// <param name="history">The history including the description just read.</param>
    /// <param name="robots">The robots just read.</param>
    /// <param name="now">The time.</param>
    /// <returns>The moment, or null.</returns>
    public static DateTimeOffset? PredictNextChange(PollHistory history, IReadOnlyList<RobotDeployment> robots, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        void Consider(DateTimeOffset at)
        {
            if (at > now && (next is null || at < next)) next = at;
        }

        // The step a downloading robot is in ends when its estimate runs out.
        var estimated = false;
        foreach (var robot in robots)
        {
            if (robot.Status is RobotStatus.Deploying && robot.ProgressDetail?.EstimatedTimeRemainingSeconds is { } eta && eta > 0)
            {
                Consider(PlanArithmetic.Add(now, Remaining(eta)));
                estimated = true;
            }
        }

        // Robots still deploying take as long as the ones that finished did.
        if (Pace(robots, now, out _) is { } pace)
        {
            foreach (var robot in robots)
            {
                if (robot.Status is RobotStatus.Deploying && PlanArithmetic.Plausible(robot.DeploymentStartTime, now) is { } start && robot.DeploymentFinishTime is null) Consider(PlanArithmetic.Add(start, pace));
            }
        }

        // The phase lasts as long as the one before it: the weakest evidence, so not when a robot gave an estimate.
        if (!estimated && history.PreviousPhaseLength is { } length) Consider(PlanArithmetic.Add(history.PhaseStart, length));
        return next;
    }

    /// <summary>
    /// When the job should end, from the pace of the robots that finished: each deploying robot finishes at its start plus
    /// that pace, and the robots still pending follow in waves as large as the one deploying now. Null before any robot finished.
    /// </summary>
    /// <param name="robots">The robots just read.</param>
    /// <param name="now">The time.</param>
    /// <returns>The predicted end, or null.</returns>
    public static DateTimeOffset? PredictJobEnd(IReadOnlyList<RobotDeployment> robots, DateTimeOffset now)
    {
        if (Pace(robots, now, out var counted) is not { } pace) return null;
        int running = 0, pending = 0;
        var lastFinish = now;
        for (var i = 0; i < robots.Count; i++)
        {
            var robot = robots[i];
            if (robot.Status is RobotStatus.Deploying && PlanArithmetic.Plausible(robot.DeploymentStartTime, now) is { } start && PlanArithmetic.Add(start, pace) is var end && end > lastFinish) lastFinish = end;
            if (counted[i]) continue;
            if (robot.Status is RobotStatus.Deploying) running++;
            else if (robot.Status is RobotStatus.PendingNewDeployment or RobotStatus.Available or RobotStatus.Registered) pending++;
        }
        var wave = Math.Max(1, running);
        return PlanArithmetic.Add(lastFinish, PlanArithmetic.Scale(pace, Math.Ceiling(pending / (double)wave)));
    }

    /// <summary>
    /// The mean deploymentFinishTime − deploymentStartTime of the robots that finished, counting only plausible ones (both
    /// times within <see cref="PlanArithmetic.Horizon"/> of now, the finish not before the start); null when there are none.
    /// </summary>
    /// <param name="robots">The robots just read.</param>
    /// <param name="now">The time.</param>
    /// <param name="counted">Which robots were counted as finished.</param>
    private static TimeSpan? Pace(IReadOnlyList<RobotDeployment> robots, DateTimeOffset now, out bool[] counted)
    {
        counted = new bool[robots.Count];
        var finished = 0;
        // In floating point: a sum of many robots' spans of up to a year each may exceed TimeSpan.MaxValue.
        var total = 0.0;
        for (var i = 0; i < robots.Count; i++)
        {
            if (PlanArithmetic.PlausibleSpan(robots[i].DeploymentStartTime, robots[i].DeploymentFinishTime, now) is { } span)
            {
                counted[i] = true;
                finished++;
                total += span.Ticks;
            }
        }
        return finished == 0 ? null : PlanArithmetic.Ticks(total / finished);
    }

    private static DateTimeOffset Longest(DateTimeOffset next, DateTimeOffset? end, DateTimeOffset now)
    {
        if (end is not { } e || e <= next) return next;
        var quarter = now + ((e - now) / 4);
        return quarter < next ? next : (quarter < e ? quarter : e);
    }

    /// <summary>The delay before the next poll.</summary>
    /// <param name="history">The history including the description just read.</param>
    /// <param name="robots">The robots just read.</param>
    /// <param name="now">The time.</param>
    /// <param name="minDelay">The shortest delay.</param>
    /// <param name="maxDelay">The longest delay.</param>
    /// <param name="random">A number in [0, 1) for the jitter.</param>
    /// <returns>The delay, in whole milliseconds.</returns>
    public static TimeSpan PlanDelay(PollHistory history, IReadOnlyList<RobotDeployment> robots, DateTimeOffset now, TimeSpan minDelay, TimeSpan maxDelay, double random)
    {
        random = Math.Clamp(random, 0, 1);
        var delay = PredictNextChange(history, robots, now) is { } at
            // Just after the predicted moment; jitter only ever makes the poll later, never early. While the job's end is
            // far (robots go in waves), intermediate changes are looked at no more often than a quarter of the way there.
            ? Longest(at, PredictJobEnd(robots, now), now) - now + (TargetMargin * (1 + random))
            : PlanArithmetic.Scale(Untargeted(history, robots, now), 0.875 + (0.25 * random));
        if (history.ThrottleLevel > 0) delay = PlanArithmetic.Scale(delay, Math.Pow(2, Math.Min(history.ThrottleLevel, 30)));
        var ticks = Math.Clamp(delay.Ticks, minDelay.Ticks, maxDelay.Ticks);
        return TimeSpan.FromTicks(ticks - (ticks % TimeSpan.TicksPerMillisecond));
    }

    /// <summary>The job's status and each robot's status and step: what must change for a new phase.</summary>
    public static string Signature(DeploymentJobInfo job, IReadOnlyList<RobotDeployment> robots)
    {
        var text = new StringBuilder(job.RawStatus ?? "-", 16 + (robots.Count * 24));
        foreach (var robot in robots)
        {
            text.Append('|').Append(robot.RawStatus).Append(':').Append(robot.ProgressDetail?.RawCurrentProgress);
        }
        return text.ToString();
    }

    /// <summary>The download step of the robot that will finish it last: when it began and when it should end.</summary>
    private static (DateTimeOffset Start, DateTimeOffset End)? Download(IReadOnlyList<RobotDeployment> robots, DateTimeOffset now)
    {
        (DateTimeOffset Start, DateTimeOffset End)? latest = null;
        foreach (var robot in robots)
        {
            if (robot.Status is not RobotStatus.Deploying || robot.ProgressDetail is not { EstimatedTimeRemainingSeconds: { } eta } detail || eta < 0) continue;
            var remaining = Remaining(eta);
            // A percentDone that is not a finite number says nothing: taken as 0.
            var done = detail.PercentDone is { } percent && float.IsFinite(percent) ? Math.Clamp(percent / 100.0, 0, 0.99) : 0;
            // percentDone of a step with `remaining` left: the step lasts remaining / (1 − done); a start beyond the horizon is not believed.
            var length = PlanArithmetic.Scale(remaining, 1 / (1 - done));
            if (length > PlanArithmetic.Horizon) length = PlanArithmetic.Horizon;
            var end = PlanArithmetic.Add(now, remaining);
            if (latest is null || end > latest.Value.End) latest = (PlanArithmetic.Add(end, -length), end);
        }
        return latest;
    }

    private static DateTimeOffset? LatestRobotStart(IReadOnlyList<RobotDeployment> robots)
    {
        DateTimeOffset? latest = null;
        foreach (var robot in robots)
        {
            if (robot.DeploymentStartTime is { } start && (latest is null || start > latest)) latest = start;
        }
        return latest;
    }

    /// <summary>
    /// The time left behind an estimatedTimeRemainingSeconds: whole seconds rounded up, so on average half a second less
    /// (the margin after it still puts the poll after the true end). At most <see cref="PlanArithmetic.Horizon"/>: a longer
    /// estimate plans no later a poll than MaxDelay does.
    /// </summary>
    private static TimeSpan Remaining(int eta) => TimeSpan.FromSeconds(Math.Clamp(eta - 0.5, 0, PlanArithmetic.Horizon.TotalSeconds));

    /// <summary>
    /// The delay when no predicted moment lies ahead (before jitter): as long again as the phase has lasted; half that once
    /// the phase has outlived its predicted end; and in the job's last stretch (every robot finished or in its last steps)
    /// only as long as the job has been overdue, since the end is then due at any moment.
    /// </summary>
    private static TimeSpan Untargeted(PollHistory history, IReadOnlyList<RobotDeployment> robots, DateTimeOffset now)
    {
        DateTimeOffset? passed = null;
        if (history.PhaseEndEstimate is { } end && end <= now) passed = end;
        if (history.PreviousPhaseLength is { } length && PlanArithmetic.Add(history.PhaseStart, length) is var predicted && predicted <= now && (passed is null || predicted > passed))
        {
            passed = predicted;
        }
        if (passed is not { } due) return now - history.PhaseStart;
        return InLastStretch(robots) ? now - due : (now - history.PhaseStart) / 2;
    }

    /// <summary>Whether every robot has finished or is launching (or running its post-launch file): the job ends next.</summary>
    private static bool InLastStretch(IReadOnlyList<RobotDeployment> robots)
    {
        if (robots.Count == 0) return false;
        foreach (var robot in robots)
        {
            if (robot.DeploymentFinishTime is not null) continue;
            if (robot.Status is not RobotStatus.Deploying) return false;
            if (robot.ProgressDetail?.CurrentProgress is not (RobotDeploymentStep.Launching or RobotDeploymentStep.ExecutingPostLaunch or RobotDeploymentStep.Finished)) return false;
        }
        return true;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset? Within(DateTimeOffset? at, DateTimeOffset after, DateTimeOffset upTo) =>
        at is { } t && t > after && t <= upTo ? t : null;
}
