using System.Diagnostics;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using System.Text.Json.Nodes;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Emulator.Validation;
using RoboMakerDeploy.Emulator.Verification;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The one request delegate: routes by the service model's method and URI, reads the body, verifies the
/// signature, applies injected faults, validates the request against the model's input shape, calls the service
/// and writes the reply or the error in the service's format.
/// </summary>
internal sealed partial class EmulatorRequestHandler(
    DeploymentService service,
    ResourceService resources,
    World world,
    EmulatorFaults faults,
    SignatureVerifier verifier,
    RoboMakerEmulatorOptions options)
{
    private const string ControlPrefix = "/_emulator/";
    private const string RequestIdHeader = "x-amzn-RequestId";
    private const string ErrorTypeHeader = "x-amzn-ErrorType";
    private const string TagsPrefix = "/tags/";

    /// <summary>The operations served: the deployment-job ones on the SDK's public models, the rest on the world's JSON.</summary>
    private static readonly string[] Operations =
    [
        "CreateDeploymentJob", "DescribeDeploymentJob", "ListDeploymentJobs", "SyncDeploymentJob", "CancelDeploymentJob",
        "CreateFleet", "DeleteFleet", "DescribeFleet", "ListFleets",
        "CreateRobot", "DeleteRobot", "DescribeRobot", "ListRobots", "RegisterRobot", "DeregisterRobot",
        "CreateRobotApplication", "CreateRobotApplicationVersion", "DescribeRobotApplication", "ListRobotApplications", "UpdateRobotApplication", "DeleteRobotApplication",
        "TagResource", "UntagResource", "ListTagsForResource",
    ];

    /// <summary>Method and path (the model's requestUri; <c>/tags/</c> for the three tag operations) to operation.</summary>
    private static readonly Dictionary<(string Method, string Path), string> Routes = Operations.ToDictionary(
        static name => (ServiceModel.Instance.Operation(name).Method, ServiceModel.Instance.Operation(name).RequestUri.Replace("{resourceArn}", string.Empty, StringComparison.Ordinal)),
        static name => name);
    /// <summary>The largest request body accepted (also Kestrel's limit for the server, so a chunked body is cut off while it is read).</summary>
    internal const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The wire options of the replies: escaping only what JSON requires, as the service does (apostrophes and '+' as they are).</summary>
    private static readonly JsonSerializerOptions ReplyOptions = new(RoboMakerDeployJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions ControlOptions = new(EmulatorJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ILogger? _logger = options.Logger;

    /// <summary>The dashboard at <c>/_emulator/</c> and its loopback-only read API (on with the control endpoints).</summary>
    private readonly ReadApi _readApi = new(world, options);

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var response = context.Response;
        response.Headers[RequestIdHeader] = requestId;
        var path = Route(context.Request.Path.Value);
        var method = context.Request.Method;
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (options.EnableControlEndpoints && IsControl(path))
            {
                LoopbackOnly.Demand(context);
                if (ReadApi.Handles(path)) await _readApi.HandleAsync(context, path, method).ConfigureAwait(false);
                else await HandleControlAsync(context, path, method).ConfigureAwait(false);
                return;
            }
            var target = CanonicalTarget(context.Features.Get<IHttpRequestFeature>()?.RawTarget) ?? (context.Request.Path + context.Request.QueryString).ToString();
            var queryAt = target.IndexOf('?', StringComparison.Ordinal);
            var rawPath = queryAt < 0 ? target : target[..queryAt];
            var rawQuery = queryAt < 0 ? null : target[(queryAt + 1)..];
            var isTags = rawPath.StartsWith(TagsPrefix, StringComparison.Ordinal) && rawPath.Length > TagsPrefix.Length;
            if (!Routes.TryGetValue((method, isTags ? TagsPrefix : path), out var operation))
            {
                throw ServiceError.UnknownOperation(method, path);
            }

            var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            if (verifier.Verify(method, rawPath, rawQuery, Headers(context), body) is { } refusal)
            {
                throw new ServiceError(HttpStatusCode.Forbidden, refusal.Code, refusal.Message, ServiceError.CoralNamespace);
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

            using var request = Parse(operation, body, isTags ? rawPath[TagsPrefix.Length..] : null, rawQuery);
            RequestShapeValidator.Validate(ServiceModel.Instance, operation, request.RootElement);
            var reply = operation switch
            {
                "CreateDeploymentJob" => Reply(service.Create(Read<CreateDeploymentJobRequest>(body, operation))),
                "DescribeDeploymentJob" => Reply(service.Describe(Read<DescribeDeploymentJobRequest>(body, operation))),
                "ListDeploymentJobs" => Reply(service.List(Read<ListDeploymentJobsRequest>(body, operation))),
                "SyncDeploymentJob" => Reply(service.Sync(Read<SyncDeploymentJobRequest>(body, operation))),
                "CancelDeploymentJob" => Reply(service.Cancel(Read<CancelDeploymentJobRequest>(body, operation))),
                _ => Write(resources.Dispatch(operation, request.RootElement)),
            };
            await WriteJsonAsync(response, HttpStatusCode.OK, reply, context.RequestAborted).ConfigureAwait(false);
            _readApi.Changed();
            if (_logger is not null) Log.Handled(_logger, method, path, 200, requestId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (ServiceError error)
        {
            response.Headers[ErrorTypeHeader] = error.ErrorTypeHeader;
            var body = Write(new JsonObject { ["message"] = error.Message });
            await WriteJsonAsync(response, error.Status, body, context.RequestAborted).ConfigureAwait(false);
            if (_logger is not null) Log.Failed(_logger, method, path, (int)error.Status, error.Code, requestId, error.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to reply to.
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !response.HasStarted)
        {
            // A bug of the emulator: still a reply in the service's format, never a bare 500.
            var error = ServiceError.InternalServer();
            response.Headers[ErrorTypeHeader] = error.ErrorTypeHeader;
            await WriteJsonAsync(response, error.Status, Write(new JsonObject { ["message"] = "The emulator failed to handle the request: " + ex.GetType().Name + "." }), context.RequestAborted).ConfigureAwait(false);
            if (_logger is not null) Log.Failed(_logger, method, path, 500, error.Code, requestId, ex.ToString());
        }
    }

    /// <summary>Whether the path (trailing slash removed) is the dashboard's, the read API's or a control endpoint's: unsigned, loopback-only.</summary>
    private static bool IsControl(string path) => path == "/_emulator" || path.StartsWith(ControlPrefix, StringComparison.Ordinal);

    /// <summary>The path to route by: the service's router tolerates one trailing slash (<c>/listDeploymentJobs/</c>).</summary>
    private static string Route(string? path) =>
        string.IsNullOrEmpty(path) ? "/" : path.Length > 1 && path[^1] == '/' ? path[..^1] : path;

    /// <summary>
    /// The request as one JSON object to validate: the body's members, plus for the tag operations the
    /// <c>resourceArn</c> of the path and the <c>tagKeys</c> of the query (their model locations).
    /// </summary>
    private static JsonDocument Parse(string operation, byte[] body, string? rawResourceArn, string? rawQuery)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        }
        catch (JsonException ex)
        {
            var position = ex.LineNumber is { } line ? $" (line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1})" : string.Empty;
            throw ServiceError.Serialization($"The request body is not valid JSON for {operation}: it is not well-formed JSON{position}.");
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw ServiceError.Serialization($"The request body is not valid JSON for {operation}: it must be a JSON object.");
        }
        if (rawResourceArn is null) return document;

        using (document)
        {
            var merged = JsonObject.Create(document.RootElement.Clone()) ?? [];
            merged["resourceArn"] = Uri.UnescapeDataString(rawResourceArn);
            if (operation == "UntagResource")
            {
                var keys = new JsonArray();
                foreach (var part in (rawQuery ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    var eq = part.IndexOf('=', StringComparison.Ordinal);
                    if (eq > 0 && Uri.UnescapeDataString(part[..eq]) == "tagKeys") keys.Add((JsonNode)Uri.UnescapeDataString(part[(eq + 1)..].Replace("+", " ", StringComparison.Ordinal)));
                }
                if (keys.Count > 0) merged["tagKeys"] = keys;
            }
            return JsonDocument.Parse(Write(merged));
        }
    }

    private static Dictionary<string, string> Headers(HttpContext context)
    {
        var headers = new Dictionary<string, string>(context.Request.Headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in context.Request.Headers) headers[name.ToLowerInvariant()] = values.ToString();
        return headers;
    }

    private static byte[] Write(JsonObject json)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteTo(writer);
        }
        return buffer.ToArray();
    }

    private async Task HandleControlAsync(HttpContext context, string path, string method)
    {
        switch (path)
        {
            case "/_emulator/health" when HttpMethods.IsGet(method):
                var (fleets, jobs) = service.Counts();
                var health = new HealthReport("ok", options.Region, verifier.VerifiesSignatures, options.RobotsPerFleet, options.JobDuration.TotalSeconds, fleets, jobs, options.WorldMode == EmulatorWorldMode.Strict ? "strict" : "auto-create");
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
            case "/_emulator/s3" when HttpMethods.IsPost(method):
                var s3 = Read(await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false), EmulatorJsonContext.Default.S3ObjectSetting, "the s3 control endpoint");
                if (string.IsNullOrEmpty(s3.Bucket) || string.IsNullOrEmpty(s3.Key) || (s3.Deleted != true && string.IsNullOrEmpty(s3.Etag)))
                {
                    throw ServiceError.InvalidParameter("bucket and key are required, and etag unless deleted is true.");
                }
                lock (world.Lock) world.S3Objects[(s3.Bucket, s3.Key)] = s3.Deleted == true ? null : s3.Etag;
                await WriteJsonAsync(context.Response, HttpStatusCode.OK, "{}"u8.ToArray(), context.RequestAborted).ConfigureAwait(false);
                return;
            case "/_emulator/save" when HttpMethods.IsPost(method):
                // Only the file the emulator was started with: an unsigned request never names a path to write.
                if (options.StateFile is not { } stateFile) throw ServiceError.InvalidParameter("The emulator was started without a state file (--state-file, RoboMakerEmulatorOptions.StateFile).");
                var saved = await Persistence.WorldStateFile.SaveAsync(world, stateFile, context.RequestAborted).ConfigureAwait(false);
                await WriteJsonAsync(context.Response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(saved, Persistence.WorldStateJsonContext.Default.SaveReport), context.RequestAborted).ConfigureAwait(false);
                return;
            default:
                throw new ServiceError(HttpStatusCode.NotFound, "UnknownOperationException", "The control endpoints are GET /_emulator/health, GET /_emulator/faults, POST /_emulator/faults, POST /_emulator/s3 and POST /_emulator/save.", ServiceError.CoralNamespace);
        }
        var current = new FaultSettings { ThrottleNext = faults.PendingThrottles, FailNext = faults.PendingFailures, LatencyMs = faults.Latency.TotalMilliseconds };
        await WriteJsonAsync(context.Response, HttpStatusCode.OK, JsonSerializer.SerializeToUtf8Bytes(current, (JsonTypeInfo<FaultSettings>)ControlOptions.GetTypeInfo(typeof(FaultSettings))), context.RequestAborted).ConfigureAwait(false);
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
