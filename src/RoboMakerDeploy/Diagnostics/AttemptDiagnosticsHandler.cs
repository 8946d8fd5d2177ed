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

    private static readonly HttpRequestOptionsKey<int> AttemptKey = new("RoboMakerDeploy.Attempt");

    private static readonly object[] SmallAttempts = Enumerable.Range(0, 16).Select(static n => (object)n).ToArray();

    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("RoboMakerDeploy.Attempts");

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The retry pipeline re-sends the same request message, so the attempt number travels with it.
        var attempt = request.Options.TryGetValue(AttemptKey, out var previous) ? previous + 1 : 1;
        // The same entry HttpRequestOptions.Set writes, with the attempt number boxed once per process rather than per attempt.
        ((IDictionary<string, object?>)request.Options)[AttemptKey.Key] = BoxedAttempt(attempt);
        var operation = OperationReplies.ForPath(request.RequestUri)?.Operation ?? ErrorReplyParser.OperationFromPath(request.RequestUri);
        if (attempt > 1 && RoboMakerDeployTelemetry.Retries.Enabled)
        {
            RoboMakerDeployTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(RoboMakerDeployTelemetry.Tags.RpcMethod, operation));
        }

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

    private static object BoxedAttempt(int attempt) => (uint)attempt < (uint)SmallAttempts.Length ? SmallAttempts[attempt] : attempt;
}
