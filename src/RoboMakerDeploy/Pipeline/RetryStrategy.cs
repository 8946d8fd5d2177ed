using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace RoboMakerDeploy.Pipeline;

/// <summary>
/// Builds the Polly pipeline every call runs through, outermost first: the caller's own strategies
/// (<see cref="RoboMakerDeployClientOptions.ConfigureResilience"/>), the overall timeout
/// (<see cref="RoboMakerDeployClientOptions.Timeout"/>), the retry (exponential backoff with full jitter,
/// <c>Retry-After</c> honoured, bounded by the client-wide <see cref="RetryBudget"/>), and the per-attempt timeout
/// (<see cref="RoboMakerDeployClientOptions.AttemptTimeout"/>). One pipeline per client, shared by every call, so the
/// budget is client-wide.
/// </summary>
internal static class RetryStrategy
{
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(RoboMakerDeployClientOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        options.ConfigureResilience?.Invoke(builder);
        if (options.Timeout is { } overall) builder.AddTimeout(overall);
        if (options.MaxAttempts > 1)
        {
            var budget = options.EnableRetryBudget ? new RetryBudget(options.RetryBudgetCapacity) : null;
            builder.AddRetry(CreateRetryOptions(options, budget, logger));
        }
        if (options.AttemptTimeout is { } perAttempt) builder.AddTimeout(perAttempt);
        return builder.Build();
    }

    private static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(RoboMakerDeployClientOptions options, RetryBudget? budget, ILogger logger)
    {
        var jitter = options.JitterSource ?? Random.Shared.NextDouble;
        // MaxAttempts counts the first attempt; Polly counts retries.
        var maxRetries = options.MaxAttempts - 1;
        var baseDelay = options.RetryBaseDelay;
        var maxDelay = options.RetryMaxDelay;
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "RoboMakerDeploy.Retry",
            MaxRetryAttempts = maxRetries,
            // The predicate also draws from the retry budget: Polly asks it exactly once per failed attempt, right
            // before it would retry, which is when the AWS SDKs take the retry's tokens.
            ShouldHandle = args =>
            {
                var exception = args.Outcome.Exception;
                if (exception is null)
                {
                    budget?.RecordSuccess();
                    return ValueTask.FromResult(false);
                }
                if (!TransientFaults.IsTransient(exception) || args.AttemptNumber >= maxRetries) return ValueTask.FromResult(false);
                if (exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > maxDelay)
                {
                    // The service asks for a longer pause than this client waits between attempts: surface its error now.
                    RetryLog.RetryAfterTooLong(logger, args.AttemptNumber + 1, retryAfter.TotalSeconds, maxDelay.TotalSeconds);
                    return ValueTask.FromResult(false);
                }
                if (budget is not null && !budget.TryAcquire(TransientFaults.IsThrottling(exception)))
                {
                    RetryLog.RetryBudgetExhausted(logger, args.AttemptNumber + 1, budget.Available);
                    return ValueTask.FromResult(false);
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
