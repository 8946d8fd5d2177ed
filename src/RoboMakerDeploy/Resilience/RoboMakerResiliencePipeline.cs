using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace RoboMakerDeploy.Resilience;

/// <summary>
/// Builds the resilience pipeline, outermost first: the caller's own strategies
/// (<see cref="RoboMakerDeployClientOptions.ConfigureResilience"/>), the overall timeout, the retry
/// (exponential backoff with full jitter, <c>Retry-After</c> honoured, bounded by a client-wide
/// <see cref="RetryBudget"/>), and the per-attempt timeout. The SDK's own clients run the same retry, but
/// when no strategies of the caller's must wrap the timeouts, their <see cref="ResilienceHandler"/> enforces
/// both limits itself with one timer per call (same behaviour, less work per call).
/// </summary>
public static class RoboMakerResiliencePipeline
{
    /// <summary>Builds the pipeline for <paramref name="options"/>, or returns the caller's replacement.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="logger">Receives a line per retry.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline<HttpResponseMessage> Create(RoboMakerDeployClientOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        return options.ResiliencePipeline ?? Build(options, logger, withTimeouts: true);
    }

    /// <summary>
    /// What the SDK's own handler chain runs: the pipeline, and the time limits the <see cref="ResilienceHandler"/>
    /// enforces itself (then the pipeline has no timeout strategies). With strategies of the caller's
    /// (<see cref="RoboMakerDeployClientOptions.ConfigureResilience"/>), which must wrap the overall timeout, or a
    /// replacement pipeline, the timeouts stay Polly strategies in the pipeline, as <see cref="Create"/> builds it.
    /// </summary>
    internal static (ResiliencePipeline<HttpResponseMessage> Pipeline, CallTimeouts? Timeouts) CreateForHandler(RoboMakerDeployClientOptions options, ILogger logger)
    {
        if (options.ResiliencePipeline is not null || options.ConfigureResilience is not null) return (Create(options, logger), null);
        return (Build(options, logger, withTimeouts: false), CallTimeouts.For(options));
    }

    /// <summary>Creates the handler that runs requests through what <see cref="CreateForHandler"/> gives.</summary>
    internal static ResilienceHandler CreateHandler((ResiliencePipeline<HttpResponseMessage> Pipeline, CallTimeouts? Timeouts) resilience) =>
        new(resilience.Pipeline, resilience.Timeouts);

    private static ResiliencePipeline<HttpResponseMessage> Build(RoboMakerDeployClientOptions options, ILogger logger, bool withTimeouts)
    {
        var budget = options.EnableRetryBudget ? new RetryBudget(options.RetryBudgetCapacity) : null;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
        options.ConfigureResilience?.Invoke(builder);
        if (withTimeouts && options.Timeout is { } overall)
        {
            builder.AddTimeout(overall);
        }
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(CreateRetryOptions(options, budget, logger));
        }
        if (withTimeouts && options.AttemptTimeout is { } perAttempt)
        {
            builder.AddTimeout(perAttempt);
        }
        return builder.Build();
    }

    /// <summary>The SDK's retry strategy settings, for callers who build their own pipeline around it.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="budget">The client-wide retry budget, or null for none.</param>
    /// <param name="logger">Receives a line per retry.</param>
    /// <returns>The retry options.</returns>
    public static RetryStrategyOptions<HttpResponseMessage> CreateRetryOptions(RoboMakerDeployClientOptions options, RetryBudget? budget, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var jitter = options.JitterSource ?? Random.Shared.NextDouble;
        var maxRetries = options.MaxAttempts - 1;
        var baseDelay = options.RetryBaseDelay;
        var maxDelay = options.RetryMaxDelay;
        var timeProvider = options.TimeProvider;
        return new RetryStrategyOptions<HttpResponseMessage>
        {
            Name = "RoboMakerDeploy.Retry",
            MaxRetryAttempts = Math.Max(1, maxRetries),
            ShouldHandle = args =>
            {
                var exception = args.Outcome.Exception;
                var transient = exception is not null
                    ? TransientFaults.IsTransient(exception)
                    : TransientFaults.IsTransientStatus(args.Outcome.Result?.StatusCode);
                if (!transient)
                {
                    if (exception is null) budget?.RecordSuccess();
                    return ValueTask.FromResult(false);
                }
                if (args.AttemptNumber >= maxRetries) return ValueTask.FromResult(false);
                if (exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > maxDelay)
                {
                    // The service asks for a longer pause than this client waits between attempts: surface its error now.
                    ResilienceLog.RetryAfterTooLong(logger, args.AttemptNumber + 1, retryAfter.TotalSeconds, maxDelay.TotalSeconds);
                    return ValueTask.FromResult(false);
                }
                if (budget is not null && !budget.TryAcquire(TransientFaults.IsThrottling(exception)))
                {
                    ResilienceLog.RetryBudgetExhausted(logger, args.AttemptNumber + 1, budget.Available);
                    return ValueTask.FromResult(false);
                }
                return ValueTask.FromResult(true);
            },
            DelayGenerator = args =>
            {
                var delay = args.Outcome.Exception is RoboMakerException { RetryAfter: { } retryAfter } && retryAfter > TimeSpan.Zero
                    ? retryAfter
                    : FullJitterDelay(args.AttemptNumber, baseDelay, maxDelay, jitter());
                // Under the SDK's handler, a delay that would outlast the call's deadline ends at it (and the call with it).
                return ValueTask.FromResult<TimeSpan?>(CallTimeouts.CutToDeadline(delay, args.Context, timeProvider));
            },
            OnRetry = args =>
            {
                var exception = args.Outcome.Exception;
                if (TransientFaults.IsThrottling(exception)) ThrottlingObserver.RecordThrottle();
                ResilienceLog.Retrying(
                    logger,
                    args.AttemptNumber + 1,
                    (exception as RoboMakerException)?.ErrorCode ?? exception?.GetType().Name ?? ((int?)args.Outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    args.RetryDelay.TotalMilliseconds);
                return ValueTask.CompletedTask;
            },
        };
    }

    /// <summary>
    /// The delay before retry <paramref name="retryIndex"/> (0 for the first): a random share
    /// (<paramref name="random"/> in [0, 1)) of min(<paramref name="maxDelay"/>, <paramref name="baseDelay"/> × 2^<paramref name="retryIndex"/>).
    /// </summary>
    /// <param name="retryIndex">The retry, 0 for the first.</param>
    /// <param name="baseDelay">The base delay.</param>
    /// <param name="maxDelay">The longest delay.</param>
    /// <param name="random">A number in [0, 1).</param>
    /// <returns>The delay.</returns>
    public static TimeSpan FullJitterDelay(int retryIndex, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var ceilingTicks = Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, Math.Min(retryIndex, 62)));
        return TimeSpan.FromTicks((long)(ceilingTicks * Math.Clamp(random, 0, 1)));
    }
}
