using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace RoboMakerDeploy;

/// <summary>
/// Builds the Polly pipeline every call runs through, outermost first: the caller's own strategies
/// (<see cref="RoboMakerDeployClientOptions.ConfigureResilience"/>), the overall timeout
/// (<see cref="RoboMakerDeployClientOptions.Timeout"/>), the retry (exponential backoff with full jitter,
/// <c>Retry-After</c> honoured, bounded by the client-wide <see cref="RetryQuota"/> of the standard retry mode), and the
/// per-attempt timeout (<see cref="RoboMakerDeployClientOptions.AttemptTimeout"/>). One pipeline per client, shared by
/// every call, so the quota is client-wide.
/// </summary>
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
        if (options.Timeout is { } overall) builder.AddTimeout(overall);
        if (maxAttempts > 1)
        {
            var quota = options.EnableRetryBudget ? new RetryQuota(options.RetryBudgetCapacity) : null;
            builder.AddRetry(CreateRetryOptions(options, maxAttempts, quota, logger));
        }
        if (options.AttemptTimeout is { } perAttempt) builder.AddTimeout(perAttempt);
        return builder.Build();
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
                if (exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > maxDelay)
                {
                    // The service asks for a longer pause than this client waits between attempts: surface its error now.
                    RetryLog.RetryAfterTooLong(logger, args.AttemptNumber + 1, retryAfter.TotalSeconds, maxDelay.TotalSeconds);
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
                return ValueTask.FromResult(true);
            },
            DelayGenerator = args =>
            {
                var delay = args.Outcome.Exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > TimeSpan.Zero
                    ? retryAfter
                    : FullJitterDelay(args.AttemptNumber, baseDelay, maxDelay, jitter());
                return ValueTask.FromResult<TimeSpan?>(delay);
            },
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
    /// The delay before retry <paramref name="retryIndex"/> (0 for the first): a random share
    /// (<paramref name="random"/> in [0, 1)) of min(<paramref name="maxDelay"/>, <paramref name="baseDelay"/> × 2^<paramref name="retryIndex"/>).
    /// </summary>
    public static TimeSpan FullJitterDelay(int retryIndex, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var ceilingTicks = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, Math.Min(retryIndex, 62)));
        return TimeSpan.FromTicks((long)(ceilingTicks * Math.Clamp(random, 0, 1)));
    }

}
