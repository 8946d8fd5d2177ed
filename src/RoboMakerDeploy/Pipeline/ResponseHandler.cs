using System.Net;
using System.Text.Json;

namespace RoboMakerDeploy;

/// <summary>
/// Reads every response completely inside the retry scope, so that the retry above decides on what the response
/// said (throttling comes as HTTP 400) and a cut-short or garbled body is retried like a connection fault:
/// <list type="bullet">
/// <item>a success is parsed by streaming the body into the source-generated JSON context (no copy of the body, no
/// allocation of its announced length), bounded by <see cref="RoboMakerDeployClientOptions.MaxResponseContentBufferSize"/>,
/// and handed to the client through <see cref="RoboMakerCall.Response"/>;</item>
/// <item>an error's body is read once, at most 64 KiB (what arrived, if the connection ends it early), and becomes the matching <see cref="RoboMakerException"/>, with
/// every secret the attempt sent scrubbed from what the server echoes;</item>
/// <item>a rejection for clock skew with a plausible server <c>Date</c> corrects the signing clock
/// (<see cref="ClockSkew"/>) and is sent again once, signed afresh by the handler below.</item>
/// </list>
/// </summary>
internal sealed class ResponseHandler(ClockSkew clockSkew, TimeProvider timeProvider, long maxResponseContentBufferSize) : DelegatingHandler
{
    /// <summary>How much of an error body is read: enough for any service error, bounded for a proxy's page.</summary>
    public const int MaxErrorBodyBytes = 64 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = RoboMakerCall.Of(request);
        var resent = false;
        while (true)
        {
            // A custom transport (the constructor's swap point) that answers null has no reply to read.
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                ?? throw new RoboMakerException("The HTTP transport returned no response (null) for the request.", operation: call.Operation.Name) { Attempts = call.Attempt };
            try
            {
                call.StatusCode = response.StatusCode;
                // Scrubbed here, once, as everything above (metadata, logs, spans, exceptions) shows it.
                call.RequestId = call.Secrets.Redact(ErrorResponseParser.RequestIdOf(response.Headers));
                if (response.IsSuccessStatusCode)
                {
                    call.Response = await ReadResponseAsync(response, call, cancellationToken).ConfigureAwait(false);
                    // The body is all read: what goes up is the response without it (an empty content), so HttpClient,
                    // which buffers a response's content before Refit's void path gets it, finds nothing to copy.
                    response.Content.Dispose();
                    response.Content = null;
                    return response;
                }

                var body = await ReadErrorBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
                var error = ErrorResponseParser.Parse(response.Headers, body, call.Secrets);
                if (!resent && error.IsClockSkew && clockSkew.TryLearn(response.Headers.Date))
                {
                    resent = true;
                    response.Dispose();
                    continue;
                }
                throw ErrorException(response, error, body, call);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }

    private RoboMakerException ErrorException(HttpResponseMessage response, ErrorResponse error, ReadOnlySpan<byte> body, RoboMakerCall call)
    {
        var secrets = call.Secrets;
        var status = response.StatusCode;
        var message = secrets.Redact(error.Message);
        if (message is null && !error.BodyIsJson)
        {
            message = body.IsEmpty
                ? $"The service replied HTTP {(int)status} ({status}) with an empty body."
                : $"The service replied HTTP {(int)status} ({status}) with a body that is not a JSON error: \"{ErrorResponseParser.Excerpt(body, secrets)}\"";
        }
        var exception = ErrorResponseParser.CreateException(secrets.Redact(error.Code), message, status, call.RequestId, call.Operation.Name);
        exception.Attempts = call.Attempt;
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            // A Retry-After date is measured against the client's clock, so virtual time applies.
            var wait = retryAfter.Delta ?? (retryAfter.Date - timeProvider.GetUtcNow());
            exception.RetryAfter = wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        if (TransientFaults.IsThrottling(exception)) call.ThrottledAttempts++;
        return exception;
    }

    private async ValueTask<object> ReadResponseAsync(HttpResponseMessage response, RoboMakerCall call, CancellationToken cancellationToken)
    {
        var operation = call.Operation;
        if (response.Content.Headers.ContentLength is { } announced && announced > maxResponseContentBufferSize)
        {
            throw TooLarge(response, call, announced);
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var body = new ResponseBodyStream(stream, maxResponseContentBufferSize);
        await using (body.ConfigureAwait(false))
        {
            object? model;
            try
            {
                model = await operation.DeserializeResponseAsync(body, cancellationToken).ConfigureAwait(false);
            }
            catch (ResponseBodyStream.TooLargeException)
            {
                throw TooLarge(response, call, null);
            }
            catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The connection closed before the body's Content-Length was reached (HttpIOException, ResponseEnded) or
                // broke mid-body: a cut-short reply like one cut at a JSON boundary, so the same retryable exception.
                throw Malformed(
                    response,
                    call,
                    $"The service replied HTTP {(int)response.StatusCode} with a body that ended after {body.BytesRead} bytes, before it was complete ({call.Secrets.Redact(ex.Message)}): \"{ErrorResponseParser.Excerpt(body.Prefix, call.Secrets, isCut: true)}\"",
                    incomplete: true,
                    call.Secrets.Scrub(ex));
            }
            catch (JsonException ex) when (body.BytesRead == 0 || IsBlank(body.Prefix) && body.BytesRead <= body.Prefix.Length)
            {
                // An output with no members (CancelDeploymentJob's) may come as an empty body; any other needs content.
                if (operation.AllowsEmptyResponse) return operation.EmptyResponse();
                throw Malformed(response, call, "The service replied with an empty body where a JSON response was expected.", incomplete: true, ex);
            }
            catch (JsonException ex)
            {
                // A syntax error (the reader's, as the inner exception) means a garbled or cut-short body, worth another
                // attempt; well-formed JSON of another shape is a contract mismatch that another attempt would not change,
                // and so is JSON nested deeper than the reader allows (MaxDepth, 64; the model's replies nest under 10),
                // which the reader reports as its own error too. Its message is all that tells it apart (the reader's
                // exception type is internal): the English text, or the resource key where an app is trimmed with
                // UseSystemResourceKeys (ArrayDepthTooLarge, ObjectDepthTooLarge). A body cut short inside its nesting
                // ("Expected depth to be zero", ZeroDepthAtEnd) stays incomplete.
                var syntax = ex.InnerException is JsonException;
                var tooDeep = syntax
                    && ex.InnerException!.Message is var reason
                    && (reason.Contains("maximum configured depth", StringComparison.Ordinal) || reason.Contains("DepthTooLarge", StringComparison.Ordinal));
                throw Malformed(
                    response,
                    call,
                    $"The service replied HTTP {(int)response.StatusCode} with a body that is {(syntax ? "not" : "JSON of another shape than")} a valid {operation.Name} response ({call.Secrets.Redact(ex.Message)}): \"{ErrorResponseParser.Excerpt(body.Prefix, call.Secrets, isCut: body.BytesRead > body.Prefix.Length)}\"",
                    incomplete: syntax && !tooDeep,
                    call.Secrets.Scrub(ex));
            }
            return model
                ?? (operation.AllowsEmptyResponse
                    ? operation.EmptyResponse()
                    : throw Malformed(response, call, "The service replied with JSON null where a response object was expected.", incomplete: false, null));
        }
    }

    private MalformedResponseException TooLarge(HttpResponseMessage response, RoboMakerCall call, long? announced) =>
        Malformed(
            response,
            call,
            announced is { } length
                ? $"The response announces {length} bytes, more than the client accepts (MaxResponseContentBufferSize = {maxResponseContentBufferSize} bytes)."
                : $"The response is longer than the client accepts (MaxResponseContentBufferSize = {maxResponseContentBufferSize} bytes).",
            incomplete: false,
            null);

    private static MalformedResponseException Malformed(HttpResponseMessage response, RoboMakerCall call, string message, bool incomplete, Exception? inner) =>
        new(message, response.StatusCode, call.RequestId, call.Operation.Name, inner)
        {
            IsIncomplete = incomplete,
            Attempts = call.Attempt,
        };

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    /// <summary>Reads at most <see cref="MaxErrorBodyBytes"/> of an error body, whatever its framing; the rest is left unread.</summary>
    private static async ValueTask<byte[]> ReadErrorBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var announced = content.Headers.ContentLength;
        var buffer = new byte[(int)Math.Clamp(announced ?? 4096, 0, MaxErrorBodyBytes)];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length == MaxErrorBodyBytes) break;
                    Array.Resize(ref buffer, Math.Min(Math.Max(buffer.Length * 2, 4096), MaxErrorBodyBytes));
                }
                int read;
                try
                {
                    read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The connection closed mid-body: the status and headers (x-amzn-ErrorType, the request id) arrived,
                    // so the service's error is read from them and from what of the body came, not lost to the I/O fault.
                    break;
                }
                if (read == 0) break;
                total += read;
            }
            return total == buffer.Length ? buffer : buffer[..total];
        }
    }
}
