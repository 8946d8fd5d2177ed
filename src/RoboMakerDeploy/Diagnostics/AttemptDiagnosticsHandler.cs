using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMakerDeploy.Protocol;
using RoboMakerDeploy.Resilience;

namespace RoboMakerDeploy.Diagnostics;

/// <summary>
/// Observes each attempt of a call (it sits below the retry pipeline): one log event, one child span
/// and the retry and throttle counters per attempt. It sees only status codes, error codes and request
/// ids, never headers, bodies or credentials.
/// </summary>
/// <param name="loggerFactory">Receives the per-attempt events; null for none.</param>
/// <param name="timeProvider">The clock attempt durations are measured with; null for the system clock.</param>
public sealed class AttemptDiagnosticsHandler(ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null) : DelegatingHandler
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("RoboMakerDeploy.Attempts");

    /// <summary>
    /// Set when the <see cref="Resilience.ResilienceHandler"/> sits directly above: it records the number of the
    /// attempts before each retry, so this handler need not write it (an options entry) on every first attempt.
    /// </summary>
    internal bool AttemptsNumberedAbove { get; init; }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = AttemptNumber.Last(request) + 1;
        if (!AttemptsNumberedAbove || attempt > 1) AttemptNumber.Record(request, attempt);
        if (attempt > 1 && RoboMakerDeployTelemetry.Retries.Enabled)
        {
            RoboMakerDeployTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, OperationOf(request)));
        }

        // Nothing observes this attempt (no span listener, no log at Information or below, no throttle counter
        // listener): pass it through without an extra async layer.
        if (!RoboMakerDeployTelemetry.ActivitySource.HasListeners() && !_logger.IsEnabled(LogLevel.Information) && !RoboMakerDeployTelemetry.Throttles.Enabled)
        {
            return base.SendAsync(request, cancellationToken);
        }
        return SendObservedAsync(request, OperationOf(request), attempt, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, string? operation, int attempt, CancellationToken cancellationToken)
    {
        using var activity = RoboMakerDeployTelemetry.ActivitySource.HasListeners()
            ? RoboMakerDeployTelemetry.ActivitySource.StartActivity($"RoboMaker.{operation} attempt", ActivityKind.Internal)
            : null;
        activity?.SetTag(RoboMakerDeployTelemetry.Tags.Attempt, attempt);
        var started = _time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var logged = _logger.IsEnabled(LogLevel.Debug);
            if (activity is null && !logged) return response;
            // The request id is only looked up (a header parse and an array) when a span or the log will carry it.
            var requestId = response.Headers.TryGetValues(ErrorReplyParser.RequestIdHeader, out var ids) ? ids.FirstOrDefault() : null;
            if (activity is not null)
            {
                activity.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, (int)response.StatusCode);
                activity.SetTag(RoboMakerDeployTelemetry.Tags.AwsRequestId, requestId);
            }
            if (logged)
            {
                DiagnosticsLog.AttemptSucceeded(_logger, operation, attempt, (int)response.StatusCode, requestId, _time.GetElapsedTime(started).TotalMilliseconds);
            }
            return response;
        }
        catch (Exception ex)
        {
            var service = ex as RoboMakerException;
            var errorType = service?.ErrorCode ?? ex.GetType().Name;
            if (TransientFaults.IsThrottling(ex))
            {
                RoboMakerDeployTelemetry.Throttles.Add(1, new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, operation));
            }
            if (activity is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, service?.ErrorCode ?? ex.GetType().Name);
                activity.SetTag(RoboMakerDeployTelemetry.Tags.ErrorType, errorType);
                if (service?.StatusCode is { } status) activity.SetTag(RoboMakerDeployTelemetry.Tags.HttpStatusCode, (int)status);
                if (service?.RequestId is { } id) activity.SetTag(RoboMakerDeployTelemetry.Tags.AwsRequestId, id);
            }
            DiagnosticsLog.AttemptFailed(_logger, operation, attempt, (int?)service?.StatusCode, errorType, service?.RequestId, _time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private static string? OperationOf(HttpRequestMessage request) =>
        OperationReplies.ForPath(request.RequestUri)?.Operation ?? ErrorReplyParser.OperationFromPath(request.RequestUri);
}
