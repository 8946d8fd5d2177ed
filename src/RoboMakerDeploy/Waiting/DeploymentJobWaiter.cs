using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Waits for deployment jobs to end (Succeeded, Failed or Canceled), for any <see cref="IRoboMakerDeployClient"/>
/// (a mock that stubs only DescribeDeploymentJob and ListDeploymentJobs included): one job
/// (<see cref="WaitForDeploymentJobAsync"/>), many jobs at the cost of one (<see cref="WaitForDeploymentJobsAsync"/>)
/// and a fleet's latest job (<see cref="WaitForFleetDeploymentAsync"/>).
/// </summary>
/// <remarks>
/// Every delay and the timeout run on <see cref="DeploymentWaitOptions.TimeProvider"/>, else on the client's own
/// clock when it is a <see cref="RoboMakerDeployClient"/> (whose logger factory then receives a line per poll and
/// per status change), else on the system clock; so tests run in virtual time.
/// </remarks>
public static class DeploymentJobWaiter
{
    /// <summary>The status filter of the many-jobs sweep: every status a job can still leave (ListDeploymentJobs takes up to three values).</summary>
    private static readonly Filter Unfinished = Filter.ByStatus(DeploymentStatus.Pending, DeploymentStatus.Preparing, DeploymentStatus.InProgress);

    /// <summary>The most jobs one ListDeploymentJobs page returns (maxResults).</summary>
    private const int PageSize = 200;

    /// <summary>Whether a job status ends the wait.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for Succeeded, Failed and Canceled.</returns>
    public static bool IsTerminal(DeploymentStatus? status) =>
        status is DeploymentStatus.Succeeded or DeploymentStatus.Failed or DeploymentStatus.Canceled;

    /// <summary>
    /// Polls DescribeDeploymentJob until the job is Succeeded, Failed or Canceled and returns the final
    /// description, reporting the first state and each change of the job's or a robot's state to <paramref name="progress"/>.
    /// </summary>
    /// <remarks>
    /// The first poll is immediate. With <see cref="DeploymentPollingStrategy.Adaptive"/> (the default) each next poll is
    /// planned from the description just read: just after the earliest moment it predicts a change (a robot's
    /// estimatedTimeRemainingSeconds running out, a deploying robot reaching the mean deploymentFinishTime − deploymentStartTime
    /// of the robots already finished, the current phase lasting as long as the one before), else after as long as the current phase
    /// has lasted (half that once it has outlived its predicted end); within [<see cref="DeploymentWaitOptions.MinDelay"/>, <see cref="DeploymentWaitOptions.MaxDelay"/>].
    /// Throttling (absorbed by the client's retries or not) doubles the next delay per throttled poll; a clean poll takes one doubling back.
    /// </remarks>
    /// <param name="client">The client to poll with.</param>
    /// <param name="jobArn">The job to wait for (from CreateDeploymentJob or SyncDeploymentJob).</param>
    /// <param name="options">Polling strategy, delays, timeout and failure handling; null for the defaults.</param>
    /// <param name="progress">Receives the first state and then every change; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait at once.</param>
    /// <returns>The final description of the job.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobArn"/> is empty, or the options are inconsistent.</exception>
    /// <exception cref="DeploymentWaitTimeoutException">The timeout passed first; carries the last description.</exception>
    /// <exception cref="DeploymentJobFailedException">The job failed or was canceled and <see cref="DeploymentWaitOptions.ThrowOnFailure"/> is set.</exception>
    /// <exception cref="ThrottlingException"><see cref="DeploymentWaitOptions.MaxThrottledPolls"/> polls in a row were throttled beyond the client's retries.</exception>
    public static async Task<DescribeDeploymentJobResponse> WaitForDeploymentJobAsync(
        this IRoboMakerDeployClient client,
        string jobArn,
        DeploymentWaitOptions? options = null,
        IProgress<DeploymentJobProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(jobArn);
        options = Check(options);
        var (time, logger) = Environment(client, options);
        var jitter = options.JitterSource ?? Random.Shared.NextDouble;
        using var timeout = options.Timeout is { } t ? new CancellationTokenSource(t, time) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        var request = new DescribeDeploymentJobRequest { Job = jobArn };

        DescribeDeploymentJobResponse? last = null;
        DeploymentJobProgress? lastReported = null;
        PollHistory? history = null;
        var backoffStep = 0;
        var poll = 0;
        var throttledPolls = 0;
        try
        {
            while (true)
            {
                poll++;
                DescribeDeploymentJobResponse description;
                try
                {
                    description = await client.DescribeDeploymentJobAsync(request, token).ConfigureAwait(false);
                }
                catch (ThrottlingException ex) when (++throttledPolls < options.MaxThrottledPolls)
                {
                    // Throttled beyond the retries: not a reason to stop waiting, only to poll more slowly
                    // (until it happens MaxThrottledPolls times in a row).
                    WaiterLog.PollThrottled(logger, jobArn, poll, ex.Attempts);
                    backoffStep += 2;
                    var now = time.GetUtcNow();
                    history = history is { } h ? h with { ThrottleLevel = h.ThrottleLevel + 2 } : null;
                    var delay = options.PollingStrategy is DeploymentPollingStrategy.Backoff || history is null
                        ? options.DelayAfterPoll(backoffStep, jitter())
                        : AdaptivePollPlanner.PlanDelay(history.Value, last?.RobotDeploymentSummary ?? [], now, options.MinDelay, options.MaxDelay, jitter());
                    await DelayAsync(time, delay, token).ConfigureAwait(false);
                    continue;
                }

                throttledPolls = 0;
                var throttled = WasThrottled(description.ResponseMetadata);
                // Throttling that the retries absorbed still says: poll less often.
                if (throttled) backoffStep++;

                last = description;
                WaiterLog.Polled(logger, jobArn, poll, description.RawStatus);
                lastReported = Report(description, lastReported, progress, logger);

                if (IsTerminal(description.Status))
                {
                    if (options.ThrowOnFailure && description.Status is not DeploymentStatus.Succeeded)
                    {
                        throw new DeploymentJobFailedException(description);
                    }
                    return description;
                }

                TimeSpan next;
                if (options.PollingStrategy is DeploymentPollingStrategy.Backoff)
                {
                    next = options.DelayAfterPoll(backoffStep, jitter());
                }
                else
                {
                    var now = time.GetUtcNow();
                    history = AdaptivePollPlanner.Observe(history, description, description.RobotDeploymentSummary, now, throttled);
                    next = AdaptivePollPlanner.PlanDelay(history.Value, description.RobotDeploymentSummary, now, options.MinDelay, options.MaxDelay, jitter());
                }
                await DelayAsync(time, next, token).ConfigureAwait(false);
                backoffStep++;
            }
        }
        catch (OperationCanceledException ex) when (timeout?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            throw new DeploymentWaitTimeoutException(jobArn, options.Timeout!.Value, last, ex);
        }
        catch (RoboMakerTimeoutException ex) when (timeout?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
        {
            throw new DeploymentWaitTimeoutException(jobArn, options.Timeout!.Value, last, ex);
        }
    }

    /// <summary>
    /// Waits for many jobs at once and yields each job's final description as soon as the job ends, in the order they end.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each round is one sweep of ListDeploymentJobs filtered on the statuses a job can still leave (Pending, Preparing,
    /// InProgress; 200 jobs a page, so one call for up to 200 unfinished jobs in the account), not a DescribeDeploymentJob per job.
    /// A watched job missing from the sweep has ended (or is not listed): it alone is described, and yielded when its status is
    /// terminal. With <paramref name="progress"/>, a job is also described at its first sighting and whenever the sweep shows its
    /// status changed, and each description that differs from the last one reported for that job is reported.
    /// </para>
    /// <para>
    /// The delay between rounds is the shortest that the <see cref="DeploymentWaitOptions.PollingStrategy"/> plans for any
    /// job still watched (from its latest description or listing), within [<see cref="DeploymentWaitOptions.MinDelay"/>,
    /// <see cref="DeploymentWaitOptions.MaxDelay"/>]. The per-job rules of <see cref="WaitForDeploymentJobAsync"/> hold:
    /// with <see cref="DeploymentWaitOptions.ThrowOnFailure"/>, the enumeration ends with <see cref="DeploymentJobFailedException"/>
    /// at the first job that failed or was canceled (after yielding the jobs that ended before it); the
    /// <see cref="DeploymentWaitOptions.Timeout"/> covers the whole wait and raises <see cref="DeploymentWaitTimeoutException"/>
    /// for the first job still running; throttled sweeps slow the rounds down as throttled polls do.
    /// </para>
    /// </remarks>
    /// <param name="client">The client to poll with.</param>
    /// <param name="jobArns">The jobs to wait for; duplicates are waited for once.</param>
    /// <param name="options">Polling strategy, delays, timeout and failure handling; null for the defaults.</param>
    /// <param name="progress">Receives each job's first state and its changes; null for none (fewer calls).</param>
    /// <param name="cancellationToken">Cancels the wait at once.</param>
    /// <returns>The final descriptions, one per job, as the jobs end.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobArns"/> is empty or holds an empty ARN, or the options are inconsistent (thrown at once, before any call).</exception>
    public static IAsyncEnumerable<DescribeDeploymentJobResponse> WaitForDeploymentJobsAsync(
        this IRoboMakerDeployClient client,
        IEnumerable<string> jobArns,
        DeploymentWaitOptions? options = null,
        IProgress<DeploymentJobProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(jobArns);
        var arns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var arn in jobArns)
        {
            if (string.IsNullOrWhiteSpace(arn)) throw new ArgumentException($"jobArns[{index}] is empty; each entry must be a deployment job ARN (DescribeDeploymentJob's job).", nameof(jobArns));
            if (seen.Add(arn)) arns.Add(arn);
            index++;
        }
        if (arns.Count == 0) throw new ArgumentException("jobArns holds no job to wait for.", nameof(jobArns));
        options = Check(options);
        return WaitForManyAsync(client, arns, options, progress, cancellationToken);
    }

    /// <summary>
    /// Finds the fleet's latest deployment job (the newest createdAt in ListDeploymentJobs filtered on fleetName) and waits
    /// for it to end as <see cref="WaitForDeploymentJobAsync"/> does.
    /// </summary>
    /// <param name="client">The client to poll with.</param>
    /// <param name="fleet">The fleet's name (ListDeploymentJobs' fleetName filter value) or ARN (its name is taken from it).</param>
    /// <param name="options">Polling strategy, delays, timeout and failure handling; null for the defaults.</param>
    /// <param name="progress">Receives the first state and then every change; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait at once.</param>
    /// <returns>The final description of the fleet's latest job.</returns>
    /// <exception cref="ArgumentException"><paramref name="fleet"/> is empty, or the options are inconsistent.</exception>
    /// <exception cref="InvalidOperationException">The fleet has no deployment job.</exception>
    /// <exception cref="DeploymentWaitTimeoutException">The timeout passed first.</exception>
    /// <exception cref="DeploymentJobFailedException">The job failed or was canceled and <see cref="DeploymentWaitOptions.ThrowOnFailure"/> is set.</exception>
    public static async Task<DescribeDeploymentJobResponse> WaitForFleetDeploymentAsync(
        this IRoboMakerDeployClient client,
        string fleet,
        DeploymentWaitOptions? options = null,
        IProgress<DeploymentJobProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(fleet);
        options = Check(options);
        var name = FleetName(fleet);
        DeploymentJob? latest = null;
        var request = new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName(name)], MaxResults = PageSize };
        await foreach (var page in client.ListDeploymentJobPagesAsync(request, cancellationToken).ConfigureAwait(false))
        {
            foreach (var job in page.DeploymentJobs)
            {
                if (job.Arn is null) continue;
                if (latest is null || (job.CreatedAt ?? DateTimeOffset.MinValue) > (latest.CreatedAt ?? DateTimeOffset.MinValue)) latest = job;
            }
        }
        if (latest is null) throw new InvalidOperationException($"Fleet '{name}' has no deployment job to wait for (ListDeploymentJobs with fleetName '{name}' returned none).");
        return await client.WaitForDeploymentJobAsync(latest.Arn!, options, progress, cancellationToken).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<DescribeDeploymentJobResponse> WaitForManyAsync(
        IRoboMakerDeployClient client,
        List<string> arns,
        DeploymentWaitOptions options,
        IProgress<DeploymentJobProgress>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (time, logger) = Environment(client, options);
        using var timeout = options.Timeout is { } t ? new CancellationTokenSource(t, time) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var watch = new ManyJobsWatch(client, arns, options, progress, time, logger);
        while (watch.Remaining > 0)
        {
            List<DescribeDeploymentJobResponse> ended;
            try
            {
                ended = await watch.RoundAsync(linked?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or RoboMakerTimeoutException && timeout?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
            {
                var (arn, last) = watch.FirstUnfinished();
                throw new DeploymentWaitTimeoutException(arn, options.Timeout!.Value, last, ex);
            }
            foreach (var description in ended)
            {
                if (options.ThrowOnFailure && description.Status is not DeploymentStatus.Succeeded)
                {
                    throw new DeploymentJobFailedException(description);
                }
                yield return description;
            }
        }
    }

    /// <summary>The state of a many-jobs wait: what each job was last seen as, and the rounds' planning.</summary>
    private sealed class ManyJobsWatch(
        IRoboMakerDeployClient client,
        List<string> arns,
        DeploymentWaitOptions options,
        IProgress<DeploymentJobProgress>? progress,
        TimeProvider time,
        ILogger logger)
    {
        private readonly Dictionary<string, Watched> _jobs = arns.ToDictionary(static a => a, static _ => new Watched(), StringComparer.Ordinal);
        private readonly Func<double> _jitter = options.JitterSource ?? Random.Shared.NextDouble;
        private TimeSpan? _nextDelay;
        private int _round;
        private int _throttledRounds;
        private int _backoffStep;

        public int Remaining => _jobs.Count;

        public (string Arn, DescribeDeploymentJobResponse? Last) FirstUnfinished()
        {
            var first = arns.First(_jobs.ContainsKey);
            return (first, _jobs[first].Last);
        }

        public async Task<List<DescribeDeploymentJobResponse>> RoundAsync(CancellationToken token)
        {
            if (_nextDelay is { } delay) await DelayAsync(time, delay, token).ConfigureAwait(false);
            _round++;

            // The sweep: the statuses of every unfinished job, 200 a call.
            var listed = new Dictionary<string, DeploymentJob>(StringComparer.Ordinal);
            var throttled = false;
            try
            {
                var request = new ListDeploymentJobsRequest { Filters = [Unfinished], MaxResults = PageSize };
                await foreach (var page in client.ListDeploymentJobPagesAsync(request, token).ConfigureAwait(false))
                {
                    throttled |= WasThrottled(page.ResponseMetadata);
                    foreach (var job in page.DeploymentJobs)
                    {
                        if (job.Arn is { } arn && _jobs.ContainsKey(arn)) listed[arn] = job;
                    }
                }
                _throttledRounds = 0;
            }
            catch (ThrottlingException ex) when (++_throttledRounds < options.MaxThrottledPolls)
            {
                WaiterLog.PollThrottled(logger, "(ListDeploymentJobs sweep)", _round, ex.Attempts);
                _backoffStep += 2;
                foreach (var job in _jobs.Values)
                {
                    if (job.History is { } h) job.History = h with { ThrottleLevel = h.ThrottleLevel + 2 };
                }
                _nextDelay = Plan(time.GetUtcNow(), fallbackLevel: 2);
                return [];
            }
            if (throttled) _backoffStep++;

            var ended = new List<DescribeDeploymentJobResponse>();
            var now = time.GetUtcNow();
            foreach (var arn in arns)
            {
                if (!_jobs.TryGetValue(arn, out var job)) continue;
                DeploymentJobInfo seen;
                var isListed = listed.TryGetValue(arn, out var summary);
                var statusChanged = isListed && job.ListedStatus is not null && !string.Equals(job.ListedStatus, summary!.RawStatus, StringComparison.Ordinal);
                if (!isListed || (progress is not null && (job.Last is null || statusChanged)))
                {
                    var description = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = arn }, token).ConfigureAwait(false);
                    WaiterLog.Polled(logger, arn, _round, description.RawStatus);
                    job.Last = description;
                    job.Reported = Report(description, job.Reported, progress, logger);
                    if (IsTerminal(description.Status))
                    {
                        _jobs.Remove(arn);
                        ended.Add(description);
                        continue;
                    }
                    seen = description;
                    job.PlanRobots = description.RobotDeploymentSummary;
                    job.ListedStatus = description.RawStatus;
                }
                else
                {
                    seen = summary!;
                    job.PlanRobots = [];
                    if (statusChanged) WaiterLog.StatusChanged(logger, arn, job.ListedStatus, summary!.RawStatus);
                    job.ListedStatus = summary!.RawStatus;
                }
                // Phases by job status only: the robots are read only in some rounds, so they cannot mark a change.
                job.History = AdaptivePollPlanner.Observe(job.History, seen, [], now, throttled);
            }

            _nextDelay = _jobs.Count == 0 ? null : Plan(now, fallbackLevel: 0);
            // Jobs found ended in the same round come in the order they ended (their last robot's deploymentFinishTime).
            ended.Sort(static (a, b) => Nullable.Compare(LastFinish(a), LastFinish(b)));
            return ended;
        }

        private static DateTimeOffset? LastFinish(DescribeDeploymentJobResponse job)
        {
            DateTimeOffset? last = null;
            foreach (var robot in job.RobotDeploymentSummary)
            {
                if (robot.DeploymentFinishTime is { } finish && (last is null || finish > last)) last = finish;
            }
            return last;
        }

        /// <summary>The round delay: the shortest any watched job's plan asks for.</summary>
        private TimeSpan Plan(DateTimeOffset now, int fallbackLevel)
        {
            if (options.PollingStrategy is DeploymentPollingStrategy.Backoff) return options.DelayAfterPoll(_backoffStep++, _jitter());
            TimeSpan? shortest = null;
            var random = _jitter();
            foreach (var job in _jobs.Values)
            {
                if (job.History is not { } history) continue;
                var delay = AdaptivePollPlanner.PlanDelay(history, job.PlanRobots, now, options.MinDelay, options.MaxDelay, random);
                if (shortest is null || delay < shortest) shortest = delay;
            }
            return shortest ?? TimeSpan.FromTicks(Math.Min(options.MaxDelay.Ticks, options.MinDelay.Ticks << Math.Min(fallbackLevel, 20)));
        }

        private sealed class Watched
        {
            public string? ListedStatus { get; set; }

            public DescribeDeploymentJobResponse? Last { get; set; }

            public DeploymentJobProgress? Reported { get; set; }

            public PollHistory? History { get; set; }

            /// <summary>The robots read this round (their estimates are only valid now), or empty.</summary>
            public IReadOnlyList<RobotDeployment> PlanRobots { get; set; } = [];
        }
    }

    /// <summary>Reports the description when it differs from the last report; returns the report now current.</summary>
    private static DeploymentJobProgress? Report(DescribeDeploymentJobResponse description, DeploymentJobProgress? lastReported, IProgress<DeploymentJobProgress>? progress, ILogger logger)
    {
        var report = DeploymentJobProgress.From(description);
        if (report.Equals(lastReported)) return lastReported;
        if (lastReported is null || lastReported.RawStatus != report.RawStatus)
        {
            WaiterLog.StatusChanged(logger, description.Arn ?? "-", lastReported?.RawStatus, report.RawStatus);
        }
        progress?.Report(report);
        return report;
    }

    /// <summary>
    /// Whether the client's retries absorbed throttling while fetching a response (its <see cref="ResponseMetadata"/>;
    /// a mock's response without metadata was not throttled).
    /// </summary>
    private static bool WasThrottled(ResponseMetadata? metadata) => metadata is { ThrottledAttempts: > 0 };

    private static DeploymentWaitOptions Check(DeploymentWaitOptions? options)
    {
        options ??= new DeploymentWaitOptions();
        options.Validate();
        if (!Enum.IsDefined(options.PollingStrategy))
        {
            throw new ArgumentException($"DeploymentWaitOptions.PollingStrategy {(int)options.PollingStrategy} is not a DeploymentPollingStrategy.", nameof(options));
        }
        return options;
    }

    /// <summary>The clock and logger: the options' clock first, else the client's own settings when it is the SDK's client.</summary>
    private static (TimeProvider Time, ILogger Logger) Environment(IRoboMakerDeployClient client, DeploymentWaitOptions options)
    {
        var clientOptions = (client as RoboMakerDeployClient)?.Options;
        var time = options.TimeProvider ?? clientOptions?.TimeProvider ?? TimeProvider.System;
        var logger = (clientOptions?.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(DeploymentJobWaiter));
        return (time, logger);
    }

    private static string FleetName(string fleet)
    {
        // arn:aws:robomaker:region:account:deployment-fleet/NAME/ID
        const string marker = ":deployment-fleet/";
        var at = fleet.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return fleet;
        var name = fleet[(at + marker.Length)..];
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? name : name[..slash];
    }

    private static Task DelayAsync(TimeProvider time, TimeSpan delay, CancellationToken token) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, token);
}
