using System.Globalization;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// A deployment job and its plan. Everything about its progress is a pure function of the time elapsed since
/// its creation (capped at the moment it was canceled or breached its failure threshold), computed when asked.
/// </summary>
/// <remarks>
/// Timeline, for a job duration D: Pending for the first D/10, Preparing until D/5, then the robots in waves of
/// <c>concurrentDeploymentPercentage</c> (100% when unset: all at once) share the rest equally; within its wave a
/// robot spends equal time in each of its steps. A scripted failure ends a robot at the end of its step. With a
/// <c>failureThresholdPercentage</c>, the job stops as Failed (FailureThresholdBreached) the moment the share of
/// failed robots exceeds it; robots then mid-deployment are aborted and robots not yet started stay pending.
/// Without one, the job runs to the end and is Failed when any robot failed (with the first failure's code).
/// </remarks>
internal sealed class SimulatedJob
{
    private readonly RobotPlan[] _robots;
    private readonly RobotDeploymentStep[] _steps;
    private readonly long _pendingEnd;
    private readonly long _preparingEnd;
    private readonly long _waveLength;
    private readonly long _stepLength;
    private readonly long _end;
    private readonly long? _breachAt;
    private readonly string? _breachReason;
    private readonly WorldFailure? _jobFailure;
    private JobStop? _stop;

    public SimulatedJob(
        string arn,
        Fleet fleet,
        long sequence,
        DateTimeOffset createdAt,
        IReadOnlyList<DeploymentApplicationConfig> applicationConfigs,
        DeploymentConfig? deploymentConfig,
        IReadOnlyDictionary<string, string>? tags,
        TimeSpan duration,
        IReadOnlyList<ScriptedRobotFailure> failures,
        IReadOnlyList<JobTarget> targets,
        WorldFailure? jobFailure)
    {
        Arn = arn;
        Fleet = fleet;
        Sequence = sequence;
        CreatedAt = ToMilliseconds(createdAt);
        ApplicationConfigs = applicationConfigs;
        DeploymentConfig = deploymentConfig;
        Tags = tags is null ? null : new Dictionary<string, string>(tags, StringComparer.Ordinal);
        Targets = targets;
        Duration = duration;
        _jobFailure = jobFailure;
        // The failures that can touch this fleet's robots, kept so that a saved job plans the same way when reloaded.
        ScriptedFailures = [.. failures.Where(f => string.Equals(f.Fleet, fleet.Arn.Arn, StringComparison.Ordinal) || string.Equals(f.Fleet, fleet.Arn.Name, StringComparison.Ordinal))];

        _steps = StepsFor(applicationConfigs, deploymentConfig);
        var robotCount = targets.Count;
        var percent = deploymentConfig?.ConcurrentDeploymentPercentage ?? 100;
        var perWave = Math.Max(1, (int)Math.Ceiling(robotCount * percent / 100.0));
        var waves = Math.Max(1, (robotCount + perWave - 1) / perWave);

        var d = Math.Max(duration.Ticks, 100 * _steps.Length);
        _pendingEnd = d / 10;
        _preparingEnd = d / 5;
        _stepLength = Math.Max(1, (d - _preparingEnd) / waves / _steps.Length);
        _waveLength = _stepLength * _steps.Length;
        _end = _preparingEnd + (waves * _waveLength);

        _robots = new RobotPlan[robotCount];
        for (var i = 0; i < robotCount; i++)
        {
            var waveStart = _preparingEnd + (i / perWave * _waveLength);
            _robots[i] = new RobotPlan(targets[i].RobotArn, waveStart, PlanFailure(i, waveStart, targets[i], failures));
        }

        if (deploymentConfig?.FailureThresholdPercentage is { } threshold)
        {
            var failed = 0;
            foreach (var plan in _robots.Where(static r => r.Failure is not null).OrderBy(static r => r.Failure!.At))
            {
                failed++;
                if (failed * 100 > threshold * robotCount)
                {
                    _breachAt = plan.Failure!.At;
                    var share = (failed * 100.0 / robotCount).ToString("0.#", CultureInfo.InvariantCulture);
                    _breachReason = $"{failed} of {robotCount} robots ({share}%) failed, more than the failure threshold of {threshold}%.";
                    break;
                }
            }
        }
    }

    public string Arn { get; }

    public Fleet Fleet { get; }

    /// <summary>The creation order across the emulator, for newest-first listing and page tokens.</summary>
    public long Sequence { get; }

    /// <summary>When the job was created, to the millisecond like the service's timestamps.</summary>
    public DateTimeOffset CreatedAt { get; }

    public IReadOnlyList<DeploymentApplicationConfig> ApplicationConfigs { get; }

    public DeploymentConfig? DeploymentConfig { get; }

    /// <summary>The job's tags (changed by TagResource and UntagResource under the world's lock), or null for none.</summary>
    public Dictionary<string, string>? Tags { get; set; }

    /// <summary>The robots the job deploys to, in order, with the failures the world causes.</summary>
    public IReadOnlyList<JobTarget> Targets { get; }

    /// <summary>The job duration it was planned with (the emulator's JobDuration when it was created).</summary>
    public TimeSpan Duration { get; }

    /// <summary>The scripted failures for this job's fleet when it was created.</summary>
    public IReadOnlyList<ScriptedRobotFailure> ScriptedFailures { get; }

    /// <summary>The failure the world causes the job as a whole (its fleet was deleted), or null.</summary>
    public WorldFailure? JobFailure => _jobFailure;

    /// <summary>When and how the job was stopped (canceled, or its fleet deleted), or null: saved with the world.</summary>
    public (DateTimeOffset At, DeploymentStatus Status, DeploymentJobErrorCode? Code, string Reason)? Stopped =>
        _stop is { } stop ? (stop.At, stop.Status, stop.Code, stop.Reason) : null;

    /// <summary>Sets the stop of a job reloaded from a saved world.</summary>
    public void RestoreStop(DateTimeOffset at, DeploymentStatus status, DeploymentJobErrorCode? code, string reason) =>
        _stop = new JobStop(at, status, code, reason);

    /// <summary>The steps every robot of this job walks, in order (Finished not included).</summary>
    public IReadOnlyList<RobotDeploymentStep> Steps => _steps;

    /// <summary>Marks the job canceled at <paramref name="now"/>, when it is not over yet.</summary>
    /// <returns>Whether the job was canceled by this call.</returns>
    public bool Cancel(DateTimeOffset now)
    {
        if (IsTerminal(StatusAt(now))) return false;
        _stop = new JobStop(now, DeploymentStatus.Canceled, null, "The deployment job was canceled.");
        return true;
    }

    /// <summary>Stops a job that is not over because its fleet was deleted: Failed with DeploymentFleetDoesNotExist, robots mid-deployment aborted.</summary>
    public void FleetDeleted(DateTimeOffset now, string fleetArn)
    {
        if (IsTerminal(StatusAt(now))) return;
        _stop = new JobStop(now, DeploymentStatus.Failed, DeploymentJobErrorCode.DeploymentFleetDoesNotExist, $"The fleet {fleetArn} was deleted during the deployment.");
    }

    public static bool IsTerminal(DeploymentStatus status) =>
        status is DeploymentStatus.Succeeded or DeploymentStatus.Failed or DeploymentStatus.Canceled;

    public DeploymentStatus StatusAt(DateTimeOffset now) => Evaluate(now, includeRobots: false).Status;

    public JobSnapshot Evaluate(DateTimeOffset now, bool includeRobots = true)
    {
        var elapsed = Math.Max(0, (now - CreatedAt).Ticks);
        long? explicitStop = _stop is { } js ? Math.Max(0, (js.At - CreatedAt).Ticks) : null;
        if (_breachAt is { } breach && explicitStop is { } x && breach < x) explicitStop = null;
        long? stopAt = explicitStop ?? _breachAt;
        var stopped = stopAt is { } s && elapsed >= s;
        var e = stopped ? stopAt!.Value : elapsed;

        DeploymentStatus status;
        DeploymentJobErrorCode? failureCode = null;
        string? failureReason = null;
        if (stopped && explicitStop is not null)
        {
            status = _stop!.Status;
            failureCode = _stop.Code;
            failureReason = _stop.Code is null ? null : _stop.Reason;
        }
        else if (_jobFailure is { } jf && e >= _pendingEnd)
        {
            // A job the world refuses as a whole (its fleet does not exist) fails when it leaves Pending.
            return new JobSnapshot(DeploymentStatus.Failed, jf.Code, jf.Reason, []);
        }
        else if (stopped)
        {
            status = DeploymentStatus.Failed;
            failureCode = DeploymentJobErrorCode.FailureThresholdBreached;
            failureReason = _breachReason;
        }
        else if (e < _pendingEnd) status = DeploymentStatus.Pending;
        else if (e < _preparingEnd) status = DeploymentStatus.Preparing;
        else if (e < _end) status = DeploymentStatus.InProgress;
        else
        {
            var failures = _robots.Where(static r => r.Failure is not null).OrderBy(static r => r.Failure!.At).ToList();
            if (failures.Count == 0) status = DeploymentStatus.Succeeded;
            else
            {
                status = DeploymentStatus.Failed;
                failureCode = failures[0].Failure!.Code;
                failureReason = $"{failures.Count} of {_robots.Length} robots failed; the first: {failures[0].Failure!.Reason}";
            }
        }

        if (!includeRobots) return new JobSnapshot(status, failureCode, failureReason, []);
        var robots = new RobotDeployment[_robots.Length];
        for (var i = 0; i < _robots.Length; i++)
        {
            robots[i] = RobotAt(_robots[i], e, stopped ? (explicitStop is not null ? _stop!.Reason : "The deployment job stopped: " + _breachReason) : null);
        }
        return new JobSnapshot(status, failureCode, failureReason, robots);
    }

    private RobotDeployment RobotAt(RobotPlan robot, long e, string? stopReason)
    {
        var start = robot.WaveStart;
        if (e < start || (stopReason is not null && e <= start))
        {
            return new RobotDeployment { Arn = robot.Arn, Status = RobotStatus.PendingNewDeployment };
        }
        var startTime = At(start);
        if (robot.Failure is { } failure && e >= failure.At)
        {
            return new RobotDeployment
            {
                Arn = robot.Arn,
                Status = failure.NoResponse ? RobotStatus.NoResponse : RobotStatus.Failed,
                DeploymentStartTime = startTime,
                DeploymentFinishTime = At(failure.At),
                ProgressDetail = new ProgressDetail { CurrentProgress = _steps[failure.StepIndex] },
                FailureCode = failure.Code,
                FailureReason = failure.Reason,
            };
        }
        var finish = start + _waveLength;
        if (e >= finish)
        {
            return new RobotDeployment
            {
                Arn = robot.Arn,
                Status = RobotStatus.InSync,
                DeploymentStartTime = startTime,
                DeploymentFinishTime = At(finish),
                ProgressDetail = new ProgressDetail { CurrentProgress = RobotDeploymentStep.Finished, PercentDone = 100 },
            };
        }
        var stepIndex = (int)Math.Min(_steps.Length - 1, (e - start) / _stepLength);
        var step = _steps[stepIndex];
        if (stopReason is not null)
        {
            return new RobotDeployment
            {
                Arn = robot.Arn,
                Status = RobotStatus.Failed,
                DeploymentStartTime = startTime,
                DeploymentFinishTime = At(e),
                ProgressDetail = new ProgressDetail { CurrentProgress = step },
                FailureCode = DeploymentJobErrorCode.RobotDeploymentAborted,
                FailureReason = stopReason,
            };
        }
        var progress = new ProgressDetail { CurrentProgress = step };
        if (step == RobotDeploymentStep.DownloadingExtracting)
        {
            var into = e - start - (stepIndex * _stepLength);
            var remaining = _stepLength - into;
            progress = progress with
            {
                PercentDone = (float)Math.Round(into * 100.0 / _stepLength, 1),
                EstimatedTimeRemainingSeconds = (int)Math.Ceiling((double)remaining / TimeSpan.TicksPerSecond),
            };
        }
        return new RobotDeployment { Arn = robot.Arn, Status = RobotStatus.Deploying, DeploymentStartTime = startTime, ProgressDetail = progress };
    }

    private DateTimeOffset At(long ticks) => ToMilliseconds(CreatedAt + TimeSpan.FromTicks(ticks));

    /// <summary>The service's timestamps have millisecond precision (<c>1795386039.132</c>): whole milliseconds, rounded down.</summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private PlannedFailure? PlanFailure(int index, long waveStart, JobTarget target, IReadOnlyList<ScriptedRobotFailure> failures)
    {
        if (target.Failure is { } world)
        {
            // A failure the world causes (missing architecture, etag mismatch...) ends the robot in its step.
            var worldStep = Array.IndexOf(_steps, DefaultStep(world.Code));
            if (worldStep < 0) worldStep = 0;
            return new PlannedFailure(waveStart + ((worldStep + 1) * _stepLength), worldStep, world.Code, world.Reason, false);
        }
        if (DeploymentConfig?.RobotDeploymentTimeoutInSeconds is { } timeout && timeout * TimeSpan.TicksPerSecond < _waveLength)
        {
            // The robot's deployment takes longer than robotDeploymentTimeoutInSeconds allows.
            var at = Math.Max(1, timeout * TimeSpan.TicksPerSecond);
            var stepAt = (int)Math.Min(_steps.Length - 1, at / _stepLength);
            return new PlannedFailure(waveStart + at, stepAt, DeploymentJobErrorCode.FleetDeploymentTimeout, $"The robot's deployment did not finish within robotDeploymentTimeoutInSeconds ({timeout} s).", false);
        }
        foreach (var failure in failures)
        {
            if (failure.RobotIndex != index) continue;
            if (!string.Equals(failure.Fleet, Fleet.Arn.Arn, StringComparison.Ordinal) && !string.Equals(failure.Fleet, Fleet.Arn.Name, StringComparison.Ordinal)) continue;
            var step = failure.Step ?? DefaultStep(failure.FailureCode);
            var stepIndex = Array.IndexOf(_steps, step);
            if (stepIndex < 0) stepIndex = Array.IndexOf(_steps, RobotDeploymentStep.Launching);
            var noResponse = failure.FailureCode is DeploymentJobErrorCode.RobotDeploymentNoResponse or DeploymentJobErrorCode.RobotAgentConnectionTimeout;
            var reason = failure.FailureReason ?? $"Simulated failure {failure.FailureCode} in {_steps[stepIndex]}.";
            return new PlannedFailure(waveStart + ((stepIndex + 1) * _stepLength), stepIndex, failure.FailureCode, reason, noResponse);
        }
        return null;
    }

    private static RobotDeploymentStep DefaultStep(DeploymentJobErrorCode code) => code switch
    {
        DeploymentJobErrorCode.DownloadConditionFailed => RobotDeploymentStep.ExecutingDownloadCondition,
        DeploymentJobErrorCode.ExtractingBundleFailure or DeploymentJobErrorCode.EtagMismatch => RobotDeploymentStep.DownloadingExtracting,
        DeploymentJobErrorCode.PreLaunchFileFailure => RobotDeploymentStep.ExecutingPreLaunch,
        DeploymentJobErrorCode.PostLaunchFileFailure => RobotDeploymentStep.ExecutingPostLaunch,
        DeploymentJobErrorCode.RobotDeploymentNoResponse or DeploymentJobErrorCode.RobotAgentConnectionTimeout
            or DeploymentJobErrorCode.MissingRobotArchitecture or DeploymentJobErrorCode.MissingRobotApplicationArchitecture
            or DeploymentJobErrorCode.MissingRobotDeploymentResource or DeploymentJobErrorCode.ResourceNotFound
            or DeploymentJobErrorCode.RobotApplicationDoesNotExist => RobotDeploymentStep.Validating,
        _ => RobotDeploymentStep.Launching,
    };

    private static RobotDeploymentStep[] StepsFor(IReadOnlyList<DeploymentApplicationConfig> applicationConfigs, DeploymentConfig? deploymentConfig)
    {
        var launch = applicationConfigs.Count > 0 ? applicationConfigs[0].LaunchConfig : null;
        var steps = new List<RobotDeploymentStep>(6) { RobotDeploymentStep.Validating };
        // The 2019-11-04 note: the download condition file runs on the robot before the download.
        if (deploymentConfig?.DownloadConditionFile is not null) steps.Add(RobotDeploymentStep.ExecutingDownloadCondition);
        steps.Add(RobotDeploymentStep.DownloadingExtracting);
        if (launch?.PreLaunchFile is not null) steps.Add(RobotDeploymentStep.ExecutingPreLaunch);
        steps.Add(RobotDeploymentStep.Launching);
        if (launch?.PostLaunchFile is not null) steps.Add(RobotDeploymentStep.ExecutingPostLaunch);
        return [.. steps];
    }

    private sealed record RobotPlan(string Arn, long WaveStart, PlannedFailure? Failure);

    private sealed record JobStop(DateTimeOffset At, DeploymentStatus Status, DeploymentJobErrorCode? Code, string Reason);

    private sealed record PlannedFailure(long At, int StepIndex, DeploymentJobErrorCode Code, string Reason, bool NoResponse);
}
