using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Emulator.Verification;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The one request delegate: routes by path, reads the body, verifies the signature, applies injected faults,
/// calls the service and writes the reply or the error in the service's format.
/// </summary>
internal sealed partial class EmulatorRequestHandler(
    DeploymentService service,
    EmulatorFaults faults,
    IRequestAuthenticator authenticator,
    RoboMakerEmulatorOptions options)
{
    private const string ControlPrefix = "/_emulator/";
    private const int MaxBodyBytes = 1024 * 1024;

    private readonly ILogger? _logger = options.Logger;

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var response = context.Response;
        response.Headers[ErrorReplyParser.RequestIdHeader] = requestId;
        var path = context.Request.Path.Value ?? "/";
        var method = context.Request.Method;
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (options.EnableControlEndpoints && path.StartsWith(ControlPrefix, StringComparison.Ordinal))
            {
                await HandleControlAsync(context, path, method).ConfigureAwait(false);
                return;
            }
            if (!HttpMethods.IsPost(method) || !IsOperation(path))
            {
                throw ServiceError.UnknownOperation(method, path);
            }

            var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            var verdict = authenticator.Authenticate(ToIncoming(context, body));
            if (!verdict.IsValid)
            {
                throw new ServiceError(HttpStatusCode.Forbidden, verdict.ErrorCode ?? "InvalidSignatureException", verdict.Message ?? "The request signature is not valid.", ServiceError.CoralNamespace);
            }

            var latency = faults.Latency;
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, options.TimeProvider, context.RequestAborted).ConfigureAwait(false);
            }
            switch (faults.Take())
            {
                case EmulatorFaults.Fault.Throttle: throw ServiceError.Throttling();
                case EmulatorFaults.Fault.Fail: throw ServiceError.InternalServer();
            }

            var reply = path switch
            {
                "/createDeploymentJob" => Reply(service.Create(Read(body, RoboMakerDeployJsonContext.Default.CreateDeploymentJobRequest)), RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse),
                "/describeDeploymentJob" => Reply(service.Describe(Read(body, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobRequest)), RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse),
                "/listDeploymentJobs" => Reply(service.List(Read(body, RoboMakerDeployJsonContext.Default.ListDeploymentJobsRequest)), RoboMakerDeployJsonContext.Default.ListDeploymentJobsResponse),
                "/syncDeploymentJob" => Reply(service.Sync(Read(body, RoboMakerDeployJsonContext.Default.SyncDeploymentJobRequest)), RoboMakerDeployJsonContext.Default.SyncDeploymentJobResponse),
                _ => Reply(service.Cancel(Read(body, RoboMakerDeployJsonContext.Default.CancelDeploymentJobRequest)), RoboMakerDeployJsonContext.Default.CancelDeploymentJobResponse),
            };
            await WriteJsonAsync(response, HttpStatusCode.OK, reply, context.RequestAborted).ConfigureAwait(false);
            if (_logger is not null) Log.Handled(_logger, method, path, 200, requestId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (ServiceError error)
        {
            response.Headers[ErrorReplyParser.ErrorTypeHeader] = error.ErrorTypeHeader;
            var body = JsonSerializer.SerializeToUtf8Bytes(new ErrorReply { Message = error.Message }, RoboMakerDeployJsonContext.Default.ErrorReply);
            await WriteJsonAsync(response, error.Status, body, context.RequestAborted).ConfigureAwait(false);
            if (_logger is not null) Log.Failed(_logger, method, path, (int)error.Status, error.Code, requestId, error.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to reply to.
        }
    }

    private static bool IsOperation(string path) =>
        path is "/createDeploymentJob" or "/describeDeploymentJob" or "/listDeploymentJobs" or "/syncDeploymentJob" or "/cancelDeploymentJob";

    private async Task HandleControlAsync(HttpContext context, string path, string method)
    {
        switch (path)
        {
            case "/_emulator/health" when HttpMethods.IsGet(method):
                var (fleets, jobs) = service.Counts();
                var health = new HealthReport("ok", options.Region, authenticator.VerifiesSignatures, options.RobotsPerFleet, options.JobDuration.TotalSeconds, fleets, jobs);
                await WriteJsonAsync(context.Response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(health, EmulatorJsonContext.Default.HealthReport), context.RequestAborted).ConfigureAwait(false);
                return;
            case "/_emulator/faults" when HttpMethods.IsGet(method):
                break;
            case "/_emulator/faults" when HttpMethods.IsPost(method):
                var settings = Read(await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false), EmulatorJsonContext.Default.FaultSettings);
                if (settings.ThrottleNext is < 0 || settings.FailNext is < 0 || settings.LatencyMs is < 0 or > 600_000)
                {
                    throw ServiceError.InvalidParameter("throttleNext and failNext must not be negative; latencyMs must be between 0 and 600000.");
                }
                if (settings.Reset == true) faults.Reset();
                if (settings.ThrottleNext is { } throttle) faults.ThrottleNext(throttle);
                if (settings.FailNext is { } fail) faults.FailNext(fail);
                if (settings.LatencyMs is { } ms) faults.Latency = TimeSpan.FromMilliseconds(ms);
                break;
            default:
                throw new ServiceError(HttpStatusCode.NotFound, "UnknownOperationException", "The control endpoints are GET /_emulator/health, GET /_emulator/faults and POST /_emulator/faults.", ServiceError.CoralNamespace);
        }
        var current = new FaultSettings { ThrottleNext = faults.PendingThrottles, FailNext = faults.PendingFailures, LatencyMs = faults.Latency.TotalMilliseconds };
        await WriteJsonAsync(context.Response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(current, EmulatorJsonContext.Default.FaultSettings), context.RequestAborted).ConfigureAwait(false);
    }

    private static IncomingRequest ToIncoming(HttpContext context, byte[] body)
    {
        // The signature covers the path and query exactly as sent, so take the raw request target.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.Path + context.Request.QueryString).ToString();
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var headers = new List<KeyValuePair<string, string>>(context.Request.Headers.Count);
        foreach (var (name, values) in context.Request.Headers)
        {
            headers.Add(new KeyValuePair<string, string>(name, values.ToString()));
        }
        return new IncomingRequest(
            context.Request.Method,
            query < 0 ? target : target[..query],
            query < 0 ? null : target[(query + 1)..],
            headers,
            body);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw ServiceError.Serialization($"The request body is larger than {MaxBodyBytes} bytes.");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > MaxBodyBytes)
        {
            throw ServiceError.Serialization($"The request body is larger than {MaxBodyBytes} bytes.");
        }
        return buffer.ToArray();
    }

    private static T Read<T>(byte[] body, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (body.Length == 0) body = "{}"u8.ToArray();
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw ServiceError.Serialization("The request body must be a JSON object, not null.");
        }
        catch (JsonException ex)
        {
            throw ServiceError.Serialization("The request body is not valid JSON for this operation: " + ex.Message);
        }
    }

    private static byte[] Reply<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static async Task WriteJsonAsync(HttpResponse response, HttpStatusCode status, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = (int)status;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "{Method} {Path} -> {Status} (request {RequestId}, {ElapsedMs:0.0} ms)")]
        public static partial void Handled(ILogger logger, string method, string path, int status, string requestId, double elapsedMs);

        [LoggerMessage(2, LogLevel.Information, "{Method} {Path} -> {Status} {Code} (request {RequestId}): {Message}")]
        public static partial void Failed(ILogger logger, string method, string path, int status, string code, string requestId, string message);
    }
}
