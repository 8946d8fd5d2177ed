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

    /// <summary>The filter that finds jobs which vanished from the sweep: every status a job ends in.</summary>
    private static readonly Filter Terminal = Filter.ByStatus(DeploymentStatus.Succeeded, DeploymentStatus.Failed, DeploymentStatus.Canceled);

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
    /// After throttling the delay is at least 1 s, doubling per level up to 60 s, even beyond MaxDelay (a MaxDelay of 0 never spins).
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
        // The planner's ThrottleLevel for either strategy (and before the first description): it floors the delays.
        var throttleLevel = 0;
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
                    throttleLevel += 2;
                    var now = time.GetUtcNow();
                    history = history is { } h ? h with { ThrottleLevel = h.ThrottleLevel + 2 } : null;
                    var delay = options.PollingStrategy is DeploymentPollingStrategy.Backoff || history is null
                        ? options.DelayAfterPoll(backoffStep, jitter())
                        : AdaptivePollPlanner.PlanDelay(history.Value, last?.RobotDeploymentSummary ?? [], now, options.MinDelay, options.MaxDelay, jitter());
                    await DelayAsync(time, DeploymentWaitOptions.AfterThrottling(delay, throttleLevel), token).ConfigureAwait(false);
                    continue;
                }

                throttledPolls = 0;
                var throttled = WasThrottled(description.ResponseMetadata);
                // Throttling that the retries absorbed still says: poll less often.
                if (throttled) backoffStep++;
                throttleLevel = throttled ? throttleLevel + 1 : Math.Max(0, throttleLevel - 1);

                last = description;
                WaiterLog.Polled(logger, jobArn, poll, description.RawStatus);
                lastReported = Report(description, lastReported, progress, logger);

                if (IsTerminal(description.Status))
                {
                    if (options.ThrowOnFailure && description.Status is not DeploymentStatus.Succeeded)
                    {
                        throw new DeploymentJobFailedException(description, jobArn);
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
                await DelayAsync(time, DeploymentWaitOptions.AfterThrottling(next, throttleLevel), token).ConfigureAwait(false);
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
    /// Waits for many jobs at once and yields each job's final ListDeploymentJobs summary (arn, fleet, status,
    /// failureCode, failureReason, createdAt, deploymentConfig, deploymentApplicationConfigs; no robots) as soon as the
    /// job is seen ending.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each round is one sweep of ListDeploymentJobs filtered on the statuses a job can still leave (Pending, Preparing,
    /// InProgress; 200 jobs a page, so one call for up to 200 unfinished jobs in the account), not a DescribeDeploymentJob
    /// per job. A watched job missing from the sweep has ended (or is not listed). When one job vanished in a round it is
    /// described; when several did, they are looked up in ListDeploymentJobs filtered on the terminal statuses (Succeeded,
    /// Failed, Canceled), page by page, until every one is found, and only those still missing are described once the
    /// pages spent plus the jobs still missing reach the number that vanished (so resolving k jobs costs at most about
    /// one call more than k descriptions, and one call when they are on the first page, as recently created jobs are on
    /// the emulator, which lists newest first; the service documents no order). A job that the terminal listing shows
    /// ended is yielded from it even if the sweep of the same round still showed it running. A described job is yielded
    /// as the summary of its description.
    /// </para>
    /// <para>
    /// With <paramref name="progress"/>, jobs are described as the single waiter's progress needs robots: at a job's first
    /// sighting, whenever the sweep shows its status changed, and when it vanished from the sweep (no terminal listing);
    /// each description that differs from the last one reported for that job is reported.
    /// </para>
    /// <para>
    /// The delay between rounds is the shortest that the <see cref="DeploymentWaitOptions.PollingStrategy"/> plans for any
    /// job still watched (from its latest description or listing), within [<see cref="DeploymentWaitOptions.MinDelay"/>,
    /// <see cref="DeploymentWaitOptions.MaxDelay"/>]; a job known only from the listing is also expected to end as long
    /// after its createdAt as the jobs already seen ending took on average (their robots' last deploymentFinishTime when
    /// described, else the middle of the span in which they vanished), so a batch of similar jobs is looked at as they
    /// come due. Without <paramref name="progress"/>, rounds are at least <see cref="DeploymentWaitOptions.MinRoundDelay"/>
    /// (default 15 s) apart, which bounds the cost: about 8 calls a minute at most however many jobs end (200 jobs of
    /// 10 minutes: 26× fewer calls per minute than 200 single waiters, each found on average 6 s after its end; see
    /// the benchmarks' README). The per-job rules of <see cref="WaitForDeploymentJobAsync"/> hold:
    /// with <see cref="DeploymentWaitOptions.ThrowOnFailure"/>, the enumeration ends with <see cref="DeploymentJobFailedException"/>
    /// at the first job that failed or was canceled (after yielding the jobs that ended before it); that job is described
    /// first (one more call, failures being rare), so the exception carries its robots as the single waiter's does.
    /// The <see cref="DeploymentWaitOptions.Timeout"/> covers the whole wait and raises <see cref="DeploymentWaitTimeoutException"/>
    /// for the first job still running; a round in which a call was throttled beyond the client's retries resolves the
    /// rest of its jobs in the next round and slows the rounds down as a throttled poll does, and
    /// <see cref="DeploymentWaitOptions.MaxThrottledPolls"/> such rounds in a row end the wait with that exception.
    /// Jobs seen ending in the same round are yielded in the order of <paramref name="jobArns"/>.
    /// </para>
    /// </remarks>
    /// <param name="client">The client to poll with.</param>
    /// <param name="jobArns">The jobs to wait for; duplicates are waited for once.</param>
    /// <param name="options">Polling strategy, delays, timeout and failure handling; null for the defaults.</param>
    /// <param name="progress">Receives each job's first state and its changes; null for none (far fewer calls).</param>
    /// <param name="cancellationToken">Cancels the wait at once.</param>
    /// <returns>The final summaries, one per job, as the jobs end (to read a job's robots, call DescribeDeploymentJob on its arn).</returns>
    /// <exception cref="ArgumentException"><paramref name="jobArns"/> is empty or holds a null or empty ARN (then ParamName is the entry's path, <c>jobArns[i]</c>), or the options are inconsistent (thrown at once, before any call).</exception>
    public static IAsyncEnumerable<DeploymentJob> WaitForDeploymentJobsAsync(
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
            // The entry's path as ParamName (jobArns[i]), as request validation names a list entry.
            if (arn is null) throw new ArgumentException($"jobArns[{index}] must not be null; each entry must be a deployment job ARN (DescribeDeploymentJob's job).", $"jobArns[{index}]");
            if (string.IsNullOrWhiteSpace(arn)) throw new ArgumentException($"jobArns[{index}] is empty; each entry must be a deployment job ARN (DescribeDeploymentJob's job).", $"jobArns[{index}]");
            if (seen.Add(arn)) arns.Add(arn);
            index++;
        }
        if (arns.Count == 0) throw new ArgumentException("jobArns holds no job to wait for.", nameof(jobArns));
        options = Check(options);
        return WaitForManyAsync(client, arns, options, progress, cancellationToken);
    }

    /// <summary>
    /// The ListDeploymentJobs summary of a job read by another operation (DescribeDeploymentJob's reply, say): the
    /// members they share, without robots, tags or response metadata.
    /// </summary>
    /// <param name="job">The job as read.</param>
    /// <returns>The summary (<paramref name="job"/> itself when it is one).</returns>
    internal static DeploymentJob SummaryOf(DeploymentJobInfo job) => job as DeploymentJob ?? new DeploymentJob
    {
        Arn = job.Arn,
        Fleet = job.Fleet,
        RawStatus = job.RawStatus,
        DeploymentConfig = job.DeploymentConfig,
        DeploymentApplicationConfigs = job.DeploymentApplicationConfigs,
        FailureReason = job.FailureReason,
        RawFailureCode = job.RawFailureCode,
        CreatedAt = job.CreatedAt,
    };

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

    private static async IAsyncEnumerable<DeploymentJob> WaitForManyAsync(
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
            List<EndedJob> ended;
            try
            {
                ended = await watch.RoundAsync(linked?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or RoboMakerTimeoutException && timeout?.IsCancellationRequested == true && !cancellationToken.IsCancellationRequested)
            {
                var (arn, last) = watch.FirstUnfinished();
                throw new DeploymentWaitTimeoutException(arn, options.Timeout!.Value, last, ex);
            }
            foreach (var job in ended)
            {
                if (options.ThrowOnFailure && job.Summary.Status is not DeploymentStatus.Succeeded)
                {
                    // RoundAsync described the first failed job of the round when ThrowOnFailure is set.
                    throw new DeploymentJobFailedException(job.Description!, arns[job.Order]);
                }
                yield return job.Summary;
            }
        }
    }

    /// <summary>A job seen ending in a round: its final summary, and its final description when one was read.</summary>
    private readonly record struct EndedJob(int Order, DeploymentJob Summary, DescribeDeploymentJobResponse? Description);

    /// <summary>The state of a many-jobs wait: what each job was last seen as, and the rounds' planning.</summary>
    private sealed class ManyJobsWatch(
        IRoboMakerDeployClient client,
        List<string> arns,
        DeploymentWaitOptions options,
        IProgress<DeploymentJobProgress>? progress,
        TimeProvider time,
        ILogger logger)
    {
        private readonly Dictionary<string, Watched> _jobs = arns.Select(static (a, i) => (a, i)).ToDictionary(static p => p.a, static p => new Watched(p.i), StringComparer.Ordinal);
        private readonly Func<double> _jitter = options.JitterSource ?? Random.Shared.NextDouble;
        private TimeSpan? _nextDelay;
        private int _round;

        /// <summary>The rounds' throttle level (a refused round +2, a round whose retries met throttling +1, a clean one −1): it floors the round delay.</summary>
        private int _throttleLevel;
        private int _throttledRounds;
        private bool _refusedThisRound;
        private int _backoffStep;

        /// <summary>When this round's and the previous round's sweeps were read: a job that vanished in between ended then.</summary>
        private DateTimeOffset? _sweepAt;
        private DateTimeOffset? _previousSweepAt;

        /// <summary>How many ended jobs' lengths (createdAt to end) were learnt, and their sum: the pace that predicts the others' ends.</summary>
        private int _pacedJobs;
        private double _pacedTotal; // in ticks, in floating point: a sum of many lengths may exceed TimeSpan.MaxValue

        /// <summary>Jobs seen ending but not yet yielded: a failed one whose description (for the exception) was throttled, and those after it.</summary>
        private List<EndedJob> _carried = [];

        public int Remaining => _jobs.Count + _carried.Count;

        public (string Arn, DescribeDeploymentJobResponse? Last) FirstUnfinished()
        {
            if (_carried.Count > 0) return (_carried[0].Summary.Arn!, null);
            var first = arns.First(_jobs.ContainsKey);
            return (first, _jobs[first].Last);
        }

        public async Task<List<EndedJob>> RoundAsync(CancellationToken token)
        {
            if (_nextDelay is { } delay) await DelayAsync(time, delay, token).ConfigureAwait(false);
            _round++;
            _refusedThisRound = false;
            var ended = _carried;
            _carried = [];
            var throttled = false;

            // The sweep: the statuses of every unfinished job, 200 a call.
            var listed = new Dictionary<string, DeploymentJob>(StringComparer.Ordinal);
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
            }
            catch (ThrottlingException ex) when (Absorb(ex, "(ListDeploymentJobs sweep)"))
            {
                _carried = ended;
                return EndRound([], throttled);
            }

            var now = time.GetUtcNow();
            _previousSweepAt = _sweepAt;
            _sweepAt = now;
            var vanished = new List<string>();
            try
            {
                foreach (var arn in arns)
                {
                    if (!_jobs.TryGetValue(arn, out var job)) continue;
                    // A sweep that ignored its status filter (a job listed as ended) does not keep the job watched: it
                    // is resolved like a job that left the sweep, which checks the status it ended with.
                    var isListed = listed.TryGetValue(arn, out var summary) && !IsTerminal(summary.Status);
                    if (!isListed && progress is null)
                    {
                        // Ended, most likely: resolved below, several at a time when that is cheaper.
                        vanished.Add(arn);
                        continue;
                    }
                    var statusChanged = isListed && job.ListedStatus is not null && !string.Equals(job.ListedStatus, summary!.RawStatus, StringComparison.Ordinal);
                    if (!isListed || (progress is not null && (job.Last is null || statusChanged)))
                    {
                        // Only with progress: its reports want the robots.
                        throttled |= await DescribeAsync(arn, job, ended, now, token).ConfigureAwait(false);
                        continue;
                    }
                    if (statusChanged) WaiterLog.StatusChanged(logger, arn, job.ListedStatus, summary!.RawStatus);
                    job.ListedStatus = summary!.RawStatus;
                    job.CreatedAt ??= summary.CreatedAt;
                    job.PlanRobots = [];
                    job.History = AdaptivePollPlanner.Observe(job.History, summary, [], now, throttled);
                }
                if (vanished.Count > 0) throttled |= await ResolveAsync(vanished, ended, now, token).ConfigureAwait(false);
            }
            catch (ThrottlingException ex) when (Absorb(ex, "(many-jobs round)"))
            {
                // The jobs not yet resolved stay watched; the next round resolves them.
            }

            ended.Sort(static (a, b) => a.Order.CompareTo(b.Order));
            var failed = options.ThrowOnFailure ? ended.FindIndex(static e => e.Summary.Status is not DeploymentStatus.Succeeded) : -1;
            if (failed >= 0 && ended[failed].Description is null)
            {
                // The wait ends at the first failed job yielded: describe it, so the exception has its robots.
                try
                {
                    var description = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = ended[failed].Summary.Arn! }, token).ConfigureAwait(false);
                    ended[failed] = ended[failed] with { Description = description };
                }
                catch (ThrottlingException ex) when (Absorb(ex, ended[failed].Summary.Arn!))
                {
                    // Yield the jobs before it now; it and those after it wait for the next round.
                    _carried = ended[failed..];
                    ended.RemoveRange(failed, ended.Count - failed);
                }
            }
            return EndRound(ended, throttled);
        }

        /// <summary>Resolves the jobs that vanished from the sweep: a terminal listing for several, a description for the rest.</summary>
        /// <returns>Whether the client's retries met throttling.</returns>
        private async Task<bool> ResolveAsync(List<string> vanished, List<EndedJob> ended, DateTimeOffset now, CancellationToken token)
        {
            var throttled = false;
            var missing = new HashSet<string>(vanished, StringComparer.Ordinal);
            if (vanished.Count >= 2)
            {
                var pages = 0;
                var request = new ListDeploymentJobsRequest { Filters = [Terminal], MaxResults = PageSize };
                await foreach (var page in client.ListDeploymentJobPagesAsync(request, token).ConfigureAwait(false))
                {
                    pages++;
                    throttled |= WasThrottled(page.ResponseMetadata);
                    foreach (var listed in page.DeploymentJobs)
                    {
                        // A reply that ignored the filter must not end a job early: the status itself is checked.
                        if (listed.Arn is not { } arn || !IsTerminal(listed.Status) || !_jobs.TryGetValue(arn, out var job)) continue;
                        missing.Remove(arn);
                        _jobs.Remove(arn);
                        WaiterLog.StatusChanged(logger, arn, job.ListedStatus, listed.RawStatus);
                        ended.Add(new EndedJob(job.Order, listed, null));
                        LearnPace(listed.CreatedAt ?? job.CreatedAt, null, now);
                    }
                    // Describing the rest is cheaper from here on than paging further.
                    if (missing.Count == 0 || pages + missing.Count >= vanished.Count) break;
                }
            }
            foreach (var arn in vanished)
            {
                if (missing.Contains(arn)) throttled |= await DescribeAsync(arn, _jobs[arn], ended, now, token).ConfigureAwait(false);
            }
            return throttled;
        }

        /// <summary>Describes a job, reports it, and ends it or folds it into its history.</summary>
        /// <returns>Whether the client's retries met throttling.</returns>
        private async Task<bool> DescribeAsync(string arn, Watched job, List<EndedJob> ended, DateTimeOffset now, CancellationToken token)
        {
            var description = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = arn }, token).ConfigureAwait(false);
            var throttled = WasThrottled(description.ResponseMetadata);
            WaiterLog.Polled(logger, arn, _round, description.RawStatus);
            job.Last = description;
            job.Reported = Report(description, job.Reported, progress, logger);
            if (IsTerminal(description.Status))
            {
                _jobs.Remove(arn);
                ended.Add(new EndedJob(job.Order, SummaryOf(description), description));
                LearnPace(description.CreatedAt ?? job.CreatedAt, LastFinish(description), now);
                return throttled;
            }
            job.CreatedAt ??= description.CreatedAt;
            job.PlanRobots = description.RobotDeploymentSummary;
            job.ListedStatus = description.RawStatus;
            // Phases by job status only: the robots are read only in some rounds, so they cannot mark a change.
            job.History = AdaptivePollPlanner.Observe(job.History, description, [], now, throttled);
            return throttled;
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

        /// <summary>Whether a call throttled beyond the client's retries only slows the rounds down (false: give up with it).</summary>
        private bool Absorb(ThrottlingException ex, string what)
        {
            if (!_refusedThisRound)
            {
                _refusedThisRound = true;
                if (++_throttledRounds >= options.MaxThrottledPolls) return false;
            }
            WaiterLog.PollThrottled(logger, what, _round, ex.Attempts);
            return true;
        }

        private List<EndedJob> EndRound(List<EndedJob> ended, bool throttled)
        {
            var now = time.GetUtcNow();
            _throttleLevel = _refusedThisRound ? _throttleLevel + 2 : throttled ? _throttleLevel + 1 : Math.Max(0, _throttleLevel - 1);
            if (_refusedThisRound)
            {
                _backoffStep += 2;
                foreach (var job in _jobs.Values)
                {
                    if (job.History is { } h) job.History = h with { ThrottleLevel = h.ThrottleLevel + 2 };
                }
                _nextDelay = Remaining == 0 ? null : Plan(now, fallbackLevel: 2);
            }
            else
            {
                _throttledRounds = 0;
                if (throttled) _backoffStep++;
                _nextDelay = Remaining == 0 ? null : Plan(now, fallbackLevel: 0);
            }
            ended.Sort(static (a, b) => a.Order.CompareTo(b.Order));
            return ended;
        }

        /// <summary>
        /// Learns an ended job's length, createdAt to its end: its robots' last deploymentFinishTime when it was described, else
        /// the middle of the span since the previous sweep, in which it vanished (unknown when it vanished at the first sweep).
        /// </summary>
        private void LearnPace(DateTimeOffset? createdAt, DateTimeOffset? end, DateTimeOffset now)
        {
            if (end is null && _previousSweepAt is { } before) end = before + ((now - before) / 2);
            // A length beyond the planner's horizon (createdAt in year 1, say) is not believed.
            if (PlanArithmetic.PlausibleSpan(createdAt, end, now) is not { } length || length == TimeSpan.Zero) return;
            _pacedJobs++;
            _pacedTotal += length.Ticks;
        }

        /// <summary>
        /// The round delay: the shortest any watched job's plan asks for, where a job known only from the listing is also planned
        /// to end as long after its createdAt as the jobs that ended took on average (and, once overdue, polled after as long
        /// again as it is overdue); no shorter than <see cref="DeploymentWaitOptions.MinRoundDelay"/>.
        /// </summary>
        private TimeSpan Plan(DateTimeOffset now, int fallbackLevel)
        {
            if (options.PollingStrategy is DeploymentPollingStrategy.Backoff) return Floor(options.DelayAfterPoll(_backoffStep++, _jitter()));
            TimeSpan? shortest = null;
            var random = _jitter();
            TimeSpan? pace = _pacedJobs > 0 ? PlanArithmetic.Ticks(_pacedTotal / _pacedJobs) : null;
            foreach (var job in _jobs.Values)
            {
                if (job.History is not { } history) continue;
                var delay = AdaptivePollPlanner.PlanDelay(history, job.PlanRobots, now, options.MinDelay, options.MaxDelay, random);
                if (pace is { } p && job.CreatedAt is { } created && job.PlanRobots.Count == 0)
                {
                    var end = PlanArithmetic.Add(created, p);
                    var byPace = end > now ? end - now + (AdaptivePollPlanner.TargetMargin * (1 + random)) : now - end;
                    if (history.ThrottleLevel > 0) byPace = PlanArithmetic.Scale(byPace, Math.Pow(2, Math.Min(history.ThrottleLevel, 30)));
                    byPace = TimeSpan.FromTicks(Math.Clamp(byPace.Ticks, options.MinDelay.Ticks, options.MaxDelay.Ticks));
                    if (byPace < delay) delay = byPace;
                }
                if (shortest is null || delay < shortest) shortest = delay;
            }
            return Floor(shortest ?? TimeSpan.FromTicks(Math.Min(options.MaxDelay.Ticks, options.MinDelay.Ticks << Math.Min(fallbackLevel, 20))));
        }

        /// <summary>
        /// Holds a round delay to at least MinRoundDelay (itself within [MinDelay, MaxDelay]), in whole milliseconds; not with a
        /// progress handler, which asked to see each change (and pays a description per change anyway); and, after throttling, to the
        /// throttled floor (<see cref="DeploymentWaitOptions.AfterThrottling"/>), even with MaxDelay 0.
        /// </summary>
        private TimeSpan Floor(TimeSpan delay)
        {
            var floor = progress is null ? Math.Clamp(options.MinRoundDelay.Ticks, options.MinDelay.Ticks, options.MaxDelay.Ticks) : 0;
            var ticks = DeploymentWaitOptions.AfterThrottling(TimeSpan.FromTicks(Math.Max(delay.Ticks, floor)), _throttleLevel).Ticks;
            return TimeSpan.FromTicks(ticks - (ticks % TimeSpan.TicksPerMillisecond));
        }

        private sealed class Watched(int order)
        {
            /// <summary>The job's place in jobArns: jobs ending in the same round are yielded in that order.</summary>
            public int Order { get; } = order;

            public string? ListedStatus { get; set; }

            public DateTimeOffset? CreatedAt { get; set; }

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
            // A status added after this SDK was built: whether it is an ending cannot be known, so the waiter keeps
            // polling (as AWS waiters do with a state no acceptor matches); the warning says why a wait may run on.
            if (report.Status is DeploymentStatus.Unknown) WaiterLog.UnknownStatus(logger, description.Arn ?? "-", report.RawStatus);
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
