using System.Diagnostics;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Emulator.Verification;
using RoboMakerDeploy.Models;
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
    /// <summary>The largest request body accepted (also Kestrel's limit for the server, so a chunked body is cut off while it is read).</summary>
    internal const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The wire options of the replies: escaping only what JSON requires, as the service does (apostrophes and '+' as they are).</summary>
    private static readonly JsonSerializerOptions ReplyOptions = new(RoboMakerDeployJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions ControlOptions = new(EmulatorJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ILogger? _logger = options.Logger;

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var response = context.Response;
        response.Headers["x-amzn-RequestId"] = requestId;
        var path = Route(context.Request.Path.Value);
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
                "/createDeploymentJob" => Reply(service.Create(Read<CreateDeploymentJobRequest>(body, "CreateDeploymentJob"))),
                "/describeDeploymentJob" => Reply(service.Describe(Read<DescribeDeploymentJobRequest>(body, "DescribeDeploymentJob"))),
                "/listDeploymentJobs" => Reply(service.List(Read<ListDeploymentJobsRequest>(body, "ListDeploymentJobs"))),
                "/syncDeploymentJob" => Reply(service.Sync(Read<SyncDeploymentJobRequest>(body, "SyncDeploymentJob"))),
                _ => Reply(service.Cancel(Read<CancelDeploymentJobRequest>(body, "CancelDeploymentJob"))),
            };
            await WriteJsonAsync(response, HttpStatusCode.OK, reply, context.RequestAborted).ConfigureAwait(false);
            if (_logger is not null) Log.Handled(_logger, method, path, 200, requestId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (ServiceError error)
        {
            response.Headers["x-amzn-ErrorType"] = error.ErrorTypeHeader;
            var body = ErrorBody(error.Message);
            await WriteJsonAsync(response, error.Status, body, context.RequestAborted).ConfigureAwait(false);
            if (_logger is not null) Log.Failed(_logger, method, path, (int)error.Status, error.Code, requestId, error.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to reply to.
        }
    }

    /// <summary>The path to route by: the service's router tolerates one trailing slash (<c>/listDeploymentJobs/</c>).</summary>
    private static string Route(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : path.Length > 1 && path[^1] == '/' ? path[..^1] : path;

    private static bool IsOperation(string path) =>
        path is "/createDeploymentJob" or "/describeDeploymentJob" or "/listDeploymentJobs" or "/syncDeploymentJob" or "/cancelDeploymentJob";

    private async Task HandleControlAsync(HttpContext context, string path, string method)
    {
        switch (path)
        {
            case "/_emulator/health" when HttpMethods.IsGet(method):
                var (fleets, jobs) = service.Counts();
                var health = new HealthReport("ok", options.Region, authenticator.VerifiesSignatures, options.RobotsPerFleet, options.JobDuration.TotalSeconds, fleets, jobs);
                await WriteJsonAsync(context.Response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(health, (JsonTypeInfo<HealthReport>)ControlOptions.GetTypeInfo(typeof(HealthReport))), context.RequestAborted).ConfigureAwait(false);
                return;
            case "/_emulator/faults" when HttpMethods.IsGet(method):
                break;
            case "/_emulator/faults" when HttpMethods.IsPost(method):
                var settings = Read(await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false), EmulatorJsonContext.Default.FaultSettings, "the faults control endpoint");
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
        await WriteJsonAsync(context.Response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(current, (JsonTypeInfo<FaultSettings>)ControlOptions.GetTypeInfo(typeof(FaultSettings))), context.RequestAborted).ConfigureAwait(false);
    }

    private static IncomingRequest ToIncoming(HttpContext context, byte[] body)
    {
        var target = CanonicalTarget(context.Features.Get<IHttpRequestFeature>()?.RawTarget) ?? (context.Request.Path + context.Request.QueryString).ToString();
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

    /// <summary>
    /// The path and query the signature covers, exactly as sent: the raw request target in origin form
    /// (<c>/listDeploymentJobs</c>), or the path and query of a target in absolute form
    /// (<c>http://127.0.0.1:5000/listDeploymentJobs</c>, as sent through an HTTP proxy). Null for none.
    /// </summary>
    internal static string? CanonicalTarget(string? rawTarget)
    {
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] == '/') return rawTarget;
        return Uri.TryCreate(rawTarget, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped)
            : rawTarget;
    }

    /// <summary>Reads the body, refusing it as soon as it passes <see cref="MaxBodyBytes"/> (a chunked body is never buffered whole).</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes) throw TooLarge();
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the same size) cut the body off first.
            throw TooLarge();
        }
        return buffer.ToArray();
    }

    private static ServiceError TooLarge() => ServiceError.Serialization($"The request body is larger than {MaxBodyBytes} bytes.");

    private static T Read<T>(byte[] body, string operation)
        where T : class =>
        Read(body, RoboMakerDeployJson.TypeInfo<T>(), operation);

    /// <summary>
    /// Deserializes a request body. Errors read like the service's, naming the field but no .NET types:
    /// <c>The request body is not valid JSON for ListDeploymentJobs: the value of maxResults has the wrong type.</c>
    /// </summary>
    private static T Read<T>(byte[] body, JsonTypeInfo<T> typeInfo, string operation)
        where T : class
    {
        if (body.Length == 0) body = "{}"u8.ToArray();
        try
        {
            return JsonSerializer.Deserialize(body, typeInfo)
                ?? throw ServiceError.Serialization($"The request body is not valid JSON for {operation}: it must be an object, not null.");
        }
        catch (JsonException ex)
        {
            throw ServiceError.Serialization($"The request body is not valid JSON for {operation}: {Reason(body, ex)}.");
        }
    }

    /// <summary>What is wrong with a body, from the position and path the serializer reports (its message names .NET types, so it is not used).</summary>
    private static string Reason(byte[] body, JsonException ex)
    {
        var position = ex.LineNumber is { } line ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})" : string.Empty;
        if (!IsWellFormed(body)) return "it is not well-formed JSON" + position;
        var path = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        if (path is null) return "it must be a JSON object" + position;
        return $"the value of {path} has the wrong type or format" + position;
    }

    private static bool IsWellFormed(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The restJson1 error body: <c>{"message":"..."}</c> (the code travels in <c>x-amzn-ErrorType</c>).</summary>
    private static byte[] ErrorBody(string message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static byte[] Reply<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, RoboMakerDeployJson.TypeInfo<T>(ReplyOptions));

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
