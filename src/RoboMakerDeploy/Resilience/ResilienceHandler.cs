using System.Runtime.ExceptionServices;
using Polly;
using Polly.Timeout;
using RoboMakerDeploy.Diagnostics;

namespace RoboMakerDeploy.Resilience;

/// <summary>
/// Runs each request through the resilience pipeline. It sits above the signing handler, so every
/// attempt is signed afresh, and re-sends the same buffered body bytes. When the attempts run out, the
/// exception says how many were made and keeps the last service error; transport faults and timeouts
/// become <see cref="RoboMakerException"/>s, while the caller's cancellation stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    // One reusable token source per thread for calls on the system clock: a call that ends without a
    // timeout leaves its source reset and unarmed, ready for the next call.
    [ThreadStatic]
    private static CancellationTokenSource? t_spareTimer;

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly CallTimeouts? _timeouts;

    /// <summary>Creates the handler.</summary>
    /// <param name="pipeline">The pipeline to run every request through.</param>
    public ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline)
        : this(pipeline, timeouts: null)
    {
    }

    /// <summary>
    /// Creates the handler for the SDK's own pipeline: <paramref name="pipeline"/> retries, and this
    /// handler enforces <paramref name="timeouts"/> (see <see cref="CallTimeouts"/>).
    /// </summary>
    internal ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline, CallTimeouts? timeouts)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _timeouts = timeouts;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var state = new AttemptState(this, request, cancellationToken);
        if (_timeouts is not null) state.Deadline = _timeouts.DeadlineFromNow();
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (ctx, state) => state.Handler._timeouts is null ? AttemptAsync(ctx, state) : TimedAttemptAsync(ctx, state),
                context,
                state).ConfigureAwait(false);

            if (outcome.Exception is { } exception)
            {
                var final = Finalize(exception, state.Attempts, cancellationToken);
                if (ReferenceEquals(final, exception)) ExceptionDispatchInfo.Throw(exception);
                throw final;
            }
            return outcome.Result!;
        }
        finally
        {
            state.ReleaseTimer();
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>An attempt under the pipeline's own timeouts, if any: the context's token carries them.</summary>
    private static async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext context, AttemptState state)
    {
        state.CountAttempt();
        try
        {
            return Outcome.FromResult(await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
    }

    /// <summary>An attempt under the SDK's limits: this call's timer is armed with the nearer of the attempt limit and the call's deadline.</summary>
    private static async ValueTask<Outcome<HttpResponseMessage>> TimedAttemptAsync(ResilienceContext context, AttemptState state)
    {
        var timeouts = state.Handler._timeouts!;
        var limit = timeouts.Attempt;
        var callLimited = false;
        if (state.Deadline != 0)
        {
            // The first attempt starts as the call does, with all of the call's time left.
            var remaining = state.Attempts == 0 ? timeouts.Overall!.Value : CallTimeouts.Remaining(timeouts.TimeProvider, state.Deadline);
            // A backoff delay was cut to end at the deadline (or less than a timer's resolution is left): no new attempt.
            if (remaining < TimeSpan.FromMilliseconds(1)) return Outcome.FromException<HttpResponseMessage>(CallTimedOut(timeouts.Overall!.Value));
            if (limit is null || remaining <= limit.Value)
            {
                limit = remaining;
                callLimited = true;
            }
        }

        state.CountAttempt();
        var timer = limit is { } armed ? state.ArmTimer(armed, timeouts.TimeProvider) : null;
        Outcome<HttpResponseMessage> outcome;
        try
        {
            var response = await state.Handler.SendAttemptAsync(state.Request, timer?.Token ?? state.CallerToken).ConfigureAwait(false);
            outcome = Outcome.FromResult(response);
            if (response.IsSuccessStatusCode) return outcome;
        }
        catch (OperationCanceledException ex) when (timer is { IsCancellationRequested: true } && !state.CallerToken.IsCancellationRequested)
        {
            outcome = Outcome.FromException<HttpResponseMessage>(callLimited
                ? CallTimedOut(timeouts.Overall!.Value, ex)
                : new TimeoutRejectedException($"The attempt did not complete within the allowed timeout of '{limit}'.", limit!.Value, ex));
        }
        catch (Exception ex)
        {
            outcome = Outcome.FromException<HttpResponseMessage>(ex);
        }

        // The attempt failed (or, from a handler that does not throw, came back with an error status) and a
        // retry may follow: its timer must not run on through the backoff delay, and the delay must end by the
        // call's deadline.
        state.DisarmTimer();
        if (state.Deadline != 0) context.Properties.Set(CallTimeouts.DeadlineKey, state.Deadline);
        return outcome;
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private static RoboMakerTimeoutException CallTimedOut(TimeSpan overall, Exception? cause = null) =>
        TimedOut(overall, new TimeoutRejectedException($"The call did not complete within the allowed timeout of '{overall}'.", overall, cause ?? new OperationCanceledException()));

    private static RoboMakerTimeoutException TimedOut(TimeSpan limit, Exception cause) =>
        new($"The request did not complete within {limit.TotalSeconds:0.###} s.", limit, cause);

    private static Exception Finalize(Exception exception, int attempts, CancellationToken callerToken)
    {
        switch (exception)
        {
            case RoboMakerException service:
                service.Attempts = attempts;
                return service;
            case TimeoutRejectedException timeout:
                var timedOut = TimedOut(timeout.Timeout, timeout);
                timedOut.Attempts = attempts;
                return timedOut;
            case OperationCanceledException when callerToken.IsCancellationRequested:
                return exception;
            case not RoboMakerException when callerToken.IsCancellationRequested:
                // The caller gave up while the attempt failed for another reason: cancellation wins.
                return new OperationCanceledException("The call was canceled.", exception, callerToken);
            case HttpRequestException or IOException or System.Net.Sockets.SocketException:
                return new RoboMakerException(
                    $"Could not reach the service: {exception.Message}",
                    innerException: exception)
                { Attempts = attempts };
            default:
                return exception;
        }
    }

    private sealed class AttemptState(ResilienceHandler handler, HttpRequestMessage request, CancellationToken callerToken)
    {
        private CancellationTokenSource? _timer;
        private TimeProvider? _timerClock;
        private CancellationTokenRegistration _callerLink;

        public ResilienceHandler Handler { get; } = handler;

        public HttpRequestMessage Request { get; } = request;

        public CancellationToken CallerToken { get; } = callerToken;

        public int Attempts { get; private set; }

        /// <summary>The call's deadline as a timestamp, or 0 for none.</summary>
        public long Deadline { get; set; }

        public void CountAttempt()
        {
            // Before a retry, the number of attempts made so far travels with the request (the attempt
            // diagnostics handler below reads it); a first attempt needs no entry.
            if (Attempts > 0) AttemptNumber.Record(Request, Attempts);
            Attempts++;
        }

        /// <summary>Arms this call's timer (taking one on the first attempt, or after one fired) to cancel in <paramref name="limit"/>.</summary>
        public CancellationTokenSource ArmTimer(TimeSpan limit, TimeProvider timeProvider)
        {
            var timer = _timer;
            if (timer is null)
            {
                timer = _timer = TakeTimer(timeProvider);
                _timerClock = timeProvider;
                // The caller's cancellation reaches the attempt through the timer's token.
                if (CallerToken.CanBeCanceled) _callerLink = CallerToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timer);
            }
            timer.CancelAfter(limit);
            return timer;
        }

        public void DisarmTimer()
        {
            if (_timer is not { } timer) return;
            // A fired timer cannot be re-armed: it is let go, and the next attempt takes a fresh one.
            if (timer.IsCancellationRequested) ReleaseTimer();
            else timer.CancelAfter(Timeout.InfiniteTimeSpan);
        }

        public void ReleaseTimer()
        {
            if (_timer is not { } timer) return;
            _timer = null;
            _callerLink.Dispose();
            _callerLink = default;
            // Only a system-clock source can be reset and reused (resetting one on another clock would not stop its
            // timer); one that fired or was canceled cannot be reset.
            if (ReferenceEquals(_timerClock, TimeProvider.System) && t_spareTimer is null && timer.TryReset())
            {
                t_spareTimer = timer;
                return;
            }
            timer.Dispose();
        }

        private static CancellationTokenSource TakeTimer(TimeProvider timeProvider)
        {
            if (!ReferenceEquals(timeProvider, TimeProvider.System)) return new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
            var spare = t_spareTimer;
            t_spareTimer = null;
            return spare ?? new CancellationTokenSource();
        }
    }
}
