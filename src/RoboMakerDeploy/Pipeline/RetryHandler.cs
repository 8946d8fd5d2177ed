using System.Runtime.ExceptionServices;
using Polly;
using Polly.Timeout;

namespace RoboMakerDeploy;

/// <summary>
/// Runs each call through the client's Polly pipeline (<see cref="RetryStrategy"/>): it starts the call's
/// <see cref="CallDeadline"/> (<see cref="RoboMakerDeployClientOptions.Timeout"/>), numbers the attempts on the call as
/// they are sent (in the adaptive retry mode, once the rate limiter has granted the token), starts none once the deadline has passed, and every attempt goes down the chain again, to be signed afresh. When the call ends in failure, what
/// surfaces is a <see cref="RoboMakerException"/> (the last service error as it was created, or a new one for a
/// transport fault or a timeout), while the caller's own cancellation stays an <see cref="OperationCanceledException"/>.
/// In the adaptive retry mode, every attempt first takes a token from the client's <see cref="ClientRateLimiter"/> and
/// tells it afterwards whether the service throttled it.
/// </summary>
internal sealed class RetryHandler(
    ResiliencePipeline<HttpResponseMessage> pipeline, ClientRateLimiter? rateLimiter, TimeProvider timeProvider, TimeSpan? timeout) : DelegatingHandler
{
    private readonly ClientRateLimiter? _rateLimiter = rateLimiter;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = RoboMakerCall.Of(request);
        call.Deadline = timeout is { } limit ? new CallDeadline(timeProvider, limit) : null;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RetryStrategy.CallKey, call);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    if (state.Call.Deadline is { HasPassed: true } deadline)
                    {
                        // The retry's delay ended at or past the call's limit (it is chosen to end before it, but a
                        // timer may fire late): the call ends here, with nothing sent.
                        return Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException("The call's time limit has passed.", deadline.Limit));
                    }
                    var limiter = state.Handler._rateLimiter;
                    try
                    {
                        if (limiter is not null) await limiter.AcquireAsync(context.CancellationToken).ConfigureAwait(false);
                        // Counted once it is sent: an attempt that times out (or is canceled) still waiting for the
                        // rate limiter's token never reached the service.
                        state.Call.Attempt++;
                        var response = await state.Handler.SendAttemptAsync(state.Request, context.CancellationToken).ConfigureAwait(false);
                        limiter?.UpdateClientSendingRate(throttled: false);
                        return Outcome.FromResult(response);
                    }
                    catch (Exception ex)
                    {
                        if (ex is RoboMakerException) limiter?.UpdateClientSendingRate(TransientFaults.IsThrottling(ex));
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                (Handler: this, Request: request, Call: call)).ConfigureAwait(false);
            if (outcome.Exception is { } exception)
            {
                var final = Final(exception, call, cancellationToken);
                if (ReferenceEquals(final, exception)) ExceptionDispatchInfo.Throw(exception);
                throw final;
            }
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    /// <summary>What the caller sees of the exception that ended the call.</summary>
    private static Exception Final(Exception exception, RoboMakerCall call, CancellationToken callerToken) => exception switch
    {
        RoboMakerException => exception,
        OperationCanceledException when callerToken.IsCancellationRequested => exception,
        // The caller gave up while the attempt failed for another reason: cancellation wins.
        _ when callerToken.IsCancellationRequested => new OperationCanceledException("The call was canceled.", call.Secrets.Scrub(exception), callerToken),
        // The call's limit, when it has passed (the attempt's timeout was then cut to it); else the limit that fired.
        TimeoutRejectedException timedOut => TimedOut(timedOut, call),
        // The transport's message may quote what the server sent (SocketsHttpHandler quotes a header line it cannot
        // parse), so it is scrubbed of the attempt's secrets like any other text from the server.
        HttpRequestException or IOException or System.Net.Sockets.SocketException => new RoboMakerException(
            $"Could not reach the service: {call.Secrets.Redact(exception.Message)}", operation: call.Operation.Name, innerException: call.Secrets.Scrub(exception))
        {
            Attempts = call.Attempt,
        },
        // Anything else a transport threw: kept as it is, unless its text quotes a secret the attempt sent.
        _ => call.Secrets.Scrub(exception),
    };

    private static RoboMakerTimeoutException TimedOut(TimeoutRejectedException timedOut, RoboMakerCall call)
    {
        // The call's limit once it has passed (the attempt's timeout was then cut to what was left of it), else the
        // attempt's own.
        var limit = call.Deadline is { HasPassed: true } deadline ? deadline.Limit : timedOut.Timeout;
        return new RoboMakerTimeoutException($"The request did not complete within {limit.TotalSeconds:0.###} s.", limit, timedOut, call.Operation.Name)
        {
            Attempts = call.Attempt,
        };
    }
}
