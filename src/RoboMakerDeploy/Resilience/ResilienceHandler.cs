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
/// <param name="pipeline">The pipeline to run every request through.</param>
public sealed class ResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var state = new AttemptState(this, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    // Before a retry, the number of attempts made so far travels with the request (the attempt
                    // diagnostics handler below reads it); a first attempt needs no entry.
                    if (state.Attempts > 0) AttemptNumber.Record(state.Request, state.Attempts);
                    state.Attempts++;
                    try
                    {
                        return Outcome.FromResult(await state.Handler.SendAttemptAsync(state.Request, ctx.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
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
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    private static Exception Finalize(Exception exception, int attempts, CancellationToken callerToken)
    {
        switch (exception)
        {
            case RoboMakerException service:
                service.Attempts = attempts;
                return service;
            case TimeoutRejectedException timeout:
                return new RoboMakerTimeoutException(
                    $"The request did not complete within {timeout.Timeout.TotalSeconds:0.###} s.",
                    timeout.Timeout,
                    timeout)
                { Attempts = attempts };
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

    private sealed class AttemptState(ResilienceHandler handler, HttpRequestMessage request)
    {
        public ResilienceHandler Handler { get; } = handler;

        public HttpRequestMessage Request { get; } = request;

        public int Attempts { get; set; }
    }
}
