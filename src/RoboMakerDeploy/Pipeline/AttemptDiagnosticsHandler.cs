using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy;

/// <summary>
/// Observes each attempt of a call (it sits below the retry): one log event, one child span and the retry and throttle
/// counters per attempt, all read from the call (<see cref="RoboMakerCall"/>). It sees only status codes, error codes
/// and request ids, never headers, bodies or credentials.
/// </summary>
internal sealed class AttemptDiagnosticsHandler(ILoggerFactory loggerFactory, TimeProvider timeProvider) : DelegatingHandler
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("RoboMakerDeploy.Attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = RoboMakerCall.Of(request);
        if (call.Attempt > 1) RoboMakerDeployTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, call.Operation.Name));
        // Nothing listens (no span listener, no throttle counter, neither log line enabled): the attempt passes through
        // without an async step of this handler's own (measured: README of the benchmarks, issue 12 fourth pass).
        if (!RoboMakerDeployTelemetry.ActivitySource.HasListeners()
            && !RoboMakerDeployTelemetry.Throttles.Enabled
            && !_logger.IsEnabled(LogLevel.Debug)
            && !_logger.IsEnabled(LogLevel.Information))
        {
            return base.SendAsync(request, cancellationToken);
        }
        return ObserveAsync(request, call, cancellationToken);
    }

    private async Task<HttpResponseMessage> ObserveAsync(HttpRequestMessage request, RoboMakerCall call, CancellationToken cancellationToken)
    {
        var operation = call.Operation.Name;
        var method = new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, operation);

        using var activity = RoboMakerDeployTelemetry.ActivitySource.StartActivity(call.Operation.AttemptSpanName, ActivityKind.Internal);
        activity?.SetTag(RoboMakerDeployTelemetry.Tags.Attempt, call.Attempt);
        // Only the log lines show an attempt's duration (Information for a failure, Debug for a success): the clock is
        // read only for them.
        long? started = _logger.IsEnabled(LogLevel.Information) ? timeProvider.GetTimestamp() : null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            activity?.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, (int)response.StatusCode);
            activity?.SetTag(RoboMakerDeployTelemetry.Tags.AwsRequestId, call.RequestId);
            DiagnosticsLog.AttemptSucceeded(_logger, operation, call.Attempt, (int)response.StatusCode, call.RequestId, Milliseconds(started));
            return response;
        }
        catch (Exception ex)
        {
            var service = ex as RoboMakerException;
            var errorType = service?.ErrorCode ?? ex.GetType().Name;
            if (TransientFaults.IsThrottling(ex)) RoboMakerDeployTelemetry.Throttles.Add(1, method);
            if (activity is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, errorType);
                activity.SetTag(RoboMakerDeployTelemetry.Tags.ErrorType, errorType);
                if (service?.StatusCode is { } status) activity.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, (int)status);
                if (service?.RequestId is { } id) activity.SetTag(RoboMakerDeployTelemetry.Tags.AwsRequestId, id);
            }
            DiagnosticsLog.AttemptFailed(_logger, operation, call.Attempt, (int?)service?.StatusCode, errorType, service?.RequestId, Milliseconds(started));
            throw;
        }
    }

    private double Milliseconds(long? started) => started is { } start ? timeProvider.GetElapsedTime(start).TotalMilliseconds : 0;
}
