using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Waiting;

/// <summary>
/// Polls DescribeDeploymentJob until a job is Succeeded, Failed or Canceled, for any
/// <see cref="IRoboMakerDeployClient"/> (a mock included). Every delay comes from the given
/// <see cref="TimeProvider"/>, so tests run in virtual time.
/// </summary>
/// <param name="client">The client to poll with.</param>
/// <param name="timeProvider">The clock for delays and the timeout; null for the system clock.</param>
/// <param name="loggerFactory">Receives a line per poll and per state change; null for none.</param>
public sealed class DeploymentJobWaiter(IRoboMakerDeployClient client, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
{
    private readonly IRoboMakerDeployClient _client = client ?? throw new ArgumentNullException(nameof(client));
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<DeploymentJobWaiter>();

    /// <summary>Whether a job status ends the wait.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for Succeeded, Failed and Canceled.</returns>
    public static bool IsTerminal(DeploymentStatus? status) =>
        status is DeploymentStatus.Succeeded or DeploymentStatus.Failed or DeploymentStatus.Canceled;

    /// <summary>Waits for the job; see <see cref="IRoboMakerDeployClient.WaitForDeploymentJobAsync"/>.</summary>
    /// <param name="jobArn">The job to wait for.</param>
    /// <param name="options">Polling settings; null for the defaults.</param>
    /// <param name="progress">Receives the first state and every change; null for none.</param>
    /// <param name="cancellationToken">Cancels the wait at once.</param>
    /// <returns>The final description.</returns>
    public async Task<DescribeDeploymentJobResponse> WaitAsync(
        string jobArn,
        DeploymentWaitOptions? options = null,
        IProgress<DeploymentJobProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobArn);
        options ??= new DeploymentWaitOptions();
        options.Validate();

        var jitter = options.JitterSource ?? Random.Shared.NextDouble;
        using var timeout = options.Timeout is { } t ? new CancellationTokenSource(t, _time) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        var request = new DescribeDeploymentJobRequest { Job = jobArn };

        DescribeDeploymentJobResponse? last = null;
        DeploymentJobProgress? lastReported = null;
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
                    description = await _client.DescribeDeploymentJobAsync(request, token).ConfigureAwait(false);
                }
                catch (ThrottlingException ex) when (++throttledPolls < options.MaxThrottledPolls)
                {
                    // Throttled beyond the retries: not a reason to stop waiting, only to poll more slowly
                    // (until it happens MaxThrottledPolls times in a row).
                    WaiterLog.PollThrottled(_logger, jobArn, poll, ex.Attempts);
                    backoffStep += 2;
                    await DelayAsync(options.DelayAfterPoll(backoffStep, jitter()), token).ConfigureAwait(false);
                    continue;
                }

                throttledPolls = 0;

                // Throttling that the retries absorbed still says: poll less often.
                if (description.ResponseMetadata is { ThrottledAttempts: > 0 }) backoffStep++;

                last = description;
                WaiterLog.Polled(_logger, jobArn, poll, description.RawStatus);
                var report = DeploymentJobProgress.From(description);
                if (!report.Equals(lastReported))
                {
                    if (lastReported is null || lastReported.RawStatus != report.RawStatus)
                    {
                        WaiterLog.StatusChanged(_logger, jobArn, lastReported?.RawStatus, report.RawStatus);
                    }
                    lastReported = report;
                    progress?.Report(report);
                }

                if (IsTerminal(description.Status))
                {
                    if (options.ThrowOnFailure && description.Status is not DeploymentStatus.Succeeded)
                    {
                        throw new DeploymentJobFailedException(description);
                    }
                    return description;
                }

                await DelayAsync(options.DelayAfterPoll(backoffStep, jitter()), token).ConfigureAwait(false);
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

    private Task DelayAsync(TimeSpan delay, CancellationToken token) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, _time, token);
}
