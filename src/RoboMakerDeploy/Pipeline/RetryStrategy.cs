using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace RoboMakerDeploy;

/// <summary>
/// Builds the Polly pipeline every call runs through, outermost first: the caller's own strategies
/// (<see cref="RoboMakerDeployClientOptions.ConfigureResilience"/>), the retry (exponential backoff with full jitter,
/// <c>Retry-After</c> honoured, bounded by the client-wide <see cref="RetryQuota"/> of the standard retry mode), and one
/// timeout per attempt: the nearer of <see cref="RoboMakerDeployClientOptions.AttemptTimeout"/> and what is left of the
/// call's <see cref="RoboMakerDeployClientOptions.Timeout"/> (<see cref="CallDeadline"/>). The call's limit needs no
/// timer of its own: attempts are cut at it, a retry whose delay (<c>Retry-After</c> or backoff, decided once before
/// the retry) would reach it is not made (the last error surfaces at once, with no wait and no quota tokens taken),
/// no retry follows once it has passed, and the retry handler starts no attempt after it. One pipeline per client,
/// shared by every call, so the quota is client-wide.
/// </summary>
/// <remarks>
/// One Polly timeout strategy rather than two (one around the retry for the call, one around each attempt): each arms
/// and resets a pooled token source's timer per call, about 0.3 µs each in the benchmarks (README, issue 12 third pass).
/// </remarks>
internal static class RetryStrategy
{
    /// <summary>The key under which the retry finds the call in Polly's context (its last retry's cost lives there).</summary>
    public static readonly ResiliencePropertyKey<RoboMakerCall> CallKey = new(RoboMakerCall.PropertyName);

    /// <param name="options">The client's options.</param>
    /// <param name="maxAttempts">The resolved most attempts per call (option, <c>AWS_MAX_ATTEMPTS</c>, <c>max_attempts</c>).</param>
    /// <param name="logger">Receives a line per retry.</param>
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(RoboMakerDeployClientOptions options, int maxAttempts, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        options.ConfigureResilience?.Invoke(builder);
        if (maxAttempts > 1)
        {
            var quota = options.EnableRetryBudget ? new RetryQuota(options.RetryBudgetCapacity) : null;
            builder.AddRetry(CreateRetryOptions(options, maxAttempts, quota, logger));
        }
        if (options.AttemptTimeout is not null || options.Timeout is not null)
        {
            var perAttempt = options.AttemptTimeout;
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Name = "RoboMakerDeploy.Timeout",
                TimeoutGenerator = args => ValueTask.FromResult(AttemptTimeout(perAttempt, args.Context.Properties.GetValue(CallKey, null!)?.Deadline)),
            });
        }
        return builder.Build();
    }

    /// <summary>
    /// The timeout of the attempt about to start: the nearer of <paramref name="perAttempt"/> and what is left of
    /// <paramref name="deadline"/>; zero (Polly's "no timeout") when neither is set or the call's limit has passed, as the
    /// retry handler then refuses the attempt before it is sent.
    /// </summary>
    public static TimeSpan AttemptTimeout(TimeSpan? perAttempt, CallDeadline? deadline)
    {
        if (deadline is not { } call) return perAttempt ?? TimeSpan.Zero;
        var left = call.TimeLeft;
        if (left <= CallDeadline.Margin) return TimeSpan.Zero;
        return perAttempt is { } limit && limit < left ? limit : left;
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(RoboMakerDeployClientOptions options, int maxAttempts, RetryQuota? quota, ILogger logger)
    {
        var jitter = options.JitterSource ?? Random.Shared.NextDouble;
        // MaxAttempts counts the first attempt; Polly counts retries.
        var maxRetries = maxAttempts - 1;
        var baseDelay = options.RetryBaseDelay;
        var maxDelay = options.RetryMaxDelay;
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "RoboMakerDeploy.Retry",
            MaxRetryAttempts = maxRetries,
            // The predicate also draws from the retry quota: Polly asks it exactly once per attempt, right before it
            // would retry, which is when the AWS SDKs take the retry's tokens (and, after a success, give them back).
            ShouldHandle = args =>
            {
                var exception = args.Outcome.Exception;
                var call = args.Context.Properties.GetValue(CallKey, null!);
                if (exception is null)
                {
                    quota?.ReleaseAfterSuccess(call?.LastRetryCost ?? 0);
                    return ValueTask.FromResult(false);
                }
                if (!TransientFaults.IsTransient(exception) || args.AttemptNumber >= maxRetries) return ValueTask.FromResult(false);
                // The call's limit has passed: the attempt that timed out at it is the last.
                if (call?.Deadline is { HasPassed: true }) return ValueTask.FromResult(false);
                if (exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > maxDelay)
                {
                    // The service asks for a longer pause than this client waits between attempts: surface its error now.
                    RetryLog.RetryAfterTooLong(logger, args.AttemptNumber + 1, retryAfter.TotalSeconds, maxDelay.TotalSeconds);
                    return ValueTask.FromResult(false);
                }
                // The delay is decided here, once (one jitter draw per retry), so that a retry which could not start
                // before the call's limit is refused before any waiting or any of the quota's tokens.
                var delay = RetryDelay(exception, args.AttemptNumber, baseDelay, maxDelay, jitter);
                if (call?.Deadline?.TimeLeft is { } left && delay >= left - CallDeadline.Margin)
                {
                    // The next attempt would start at or past the call's limit: surface the last error as it is.
                    RetryLog.RetryPastDeadline(logger, args.AttemptNumber + 1, delay.TotalSeconds, left.TotalSeconds);
                    return ValueTask.FromResult(false);
                }
                if (quota is not null)
                {
                    if (quota.TryAcquireRetry(afterTimeout: exception is TimeoutRejectedException) is not { } cost)
                    {
                        RetryLog.RetryBudgetExhausted(logger, args.AttemptNumber + 1, quota.Available);
                        return ValueTask.FromResult(false);
                    }
                    if (call is not null) call.LastRetryCost = cost;
                }
                if (call is not null) call.NextRetryDelay = delay;
                return ValueTask.FromResult(true);
            },
            // The delay ShouldHandle decided (it checked that the next attempt starts before the call's limit).
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                args.Context.Properties.GetValue(CallKey, null!)?.NextRetryDelay
                ?? RetryDelay(args.Outcome.Exception, args.AttemptNumber, baseDelay, maxDelay, jitter)),
            OnRetry = args =>
            {
                var exception = args.Outcome.Exception;
                RetryLog.Retrying(
                    logger,
                    args.AttemptNumber + 1,
                    (exception as RoboMakerException)?.ErrorCode ?? exception?.GetType().Name,
                    args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        };
    }

    /// <summary>
    /// The delay before retry <paramref name="retryIndex"/> (0 for the first) after <paramref name="exception"/>: the
    /// service's <c>Retry-After</c> when it sent a positive one (ShouldHandle has refused one longer than
    /// <paramref name="maxDelay"/>), else <see cref="FullJitterDelay"/> with one draw of <paramref name="jitter"/>.
    /// </summary>
    private static TimeSpan RetryDelay(Exception? exception, int retryIndex, TimeSpan baseDelay, TimeSpan maxDelay, Func<double> jitter) =>
        exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > TimeSpan.Zero
            ? retryAfter
            : FullJitterDelay(retryIndex, baseDelay, maxDelay, jitter());

    /// <summary>
    /// The delay before retry <paramref name="retryIndex"/> (0 for the first): a random share
    /// (<paramref name="random"/> in [0, 1)) of min(<paramref name="maxDelay"/>, <paramref name="baseDelay"/> × 2^<paramref name="retryIndex"/>).
    /// </summary>
    public static TimeSpan FullJitterDelay(int retryIndex, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var ceilingTicks = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, Math.Min(retryIndex, 62)));
        return TimeSpan.FromTicks((long)(ceilingTicks * Math.Clamp(random, 0, 1)));
    }

}
