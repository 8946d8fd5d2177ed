using System.Buffers;
using System.Net;
using System.Text.Json;

namespace RoboMakerDeploy.Protocol;

/// <summary>
/// Reads every reply completely inside the retry scope: an error reply becomes the matching
/// <see cref="RoboMakerException"/> (so the retry pipeline above decides on error codes: throttling
/// comes as HTTP 400), and a success reply is parsed into its model here, so that a truncated or
/// corrupt reply is retried like a connection fault instead of failing after the retries are over.
/// </summary>
public sealed class ReplyHandler : DelegatingHandler
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler with the system clock.</summary>
    public ReplyHandler()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates the handler.</summary>
    /// <param name="timeProvider">The clock a <c>Retry-After</c> date is measured against.</param>
    public ReplyHandler(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode)
            {
                var errorBody = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
                // A Retry-After date is measured against the client's clock, so virtual time applies.
                throw ErrorReplyParser.Parse(response.StatusCode, response.Headers, errorBody, ErrorReplyParser.OperationFromPath(request.RequestUri), _timeProvider);
            }

            var reply = OperationReplies.ForPath(request.RequestUri);
            if (reply is null) return response;

            // A connection reset or a reply cut short surfaces here, as an IOException or HttpRequestException.
            var body = await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false);
            var parsed = Parse(reply, body, response);
            var content = new ParsedReplyContent(parsed, body);
            // The content headers carry over as received: NonValidated neither parses the values nor
            // allocates an array per header, as enumerating the headers themselves does.
            foreach (var header in response.Content.Headers.NonValidated)
            {
                // The new content's length is that of the bytes it holds (computed on demand, as for any ByteArrayContent).
                if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
                if (header.Value.Count == 1)
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
                }
                else
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
            response.Content.Dispose();
            response.Content = content;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    internal static object Parse(OperationReply reply, byte[] body, HttpResponseMessage response)
    {
        if (body.Length == 0)
        {
            // CancelDeploymentJob answers {}; an empty body means the same. Any other reply needs content.
            return reply.AllowsEmptyBody
                ? reply.Empty!()
                : throw new MalformedReplyException(
                    "The service replied with an empty body where a JSON reply was expected.",
                    response.StatusCode, RequestId(response), reply.Operation)
                {
                    IsIncomplete = true,
                };
        }
        try
        {
            return JsonSerializer.Deserialize(body, reply.TypeInfo)
                ?? (reply.AllowsEmptyBody
                    ? reply.Empty!()
                    : throw new MalformedReplyException("The service replied with JSON null where a reply object was expected.", response.StatusCode, RequestId(response), reply.Operation));
        }
        catch (JsonException ex)
        {
            // Garbled or cut-short JSON is worth another attempt; well-formed JSON of the wrong shape is not.
            var wellFormed = IsWellFormedJson(body);
            throw new MalformedReplyException(
                $"The service replied HTTP {(int)response.StatusCode} with a body that is {(wellFormed ? "JSON of another shape than" : "not")} a valid {reply.Operation} reply ({ex.Message}): \"{ErrorReplyParser.Excerpt(body)}\"",
                response.StatusCode, RequestId(response), reply.Operation, ex)
            {
                IsIncomplete = !wellFormed,
            };
        }
    }

    private static bool IsWellFormedJson(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
            }
            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ErrorReplyParser.RequestIdHeader, out var values) ? values.FirstOrDefault() : null;

    /// <summary>
    /// Reads the whole body, as <see cref="HttpContent.ReadAsByteArrayAsync(CancellationToken)"/> does, but
    /// straight into one array of the announced length when there is one (that method buffers and then copies).
    /// </summary>
    private static async ValueTask<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is not { } announced || announced > Array.MaxLength)
        {
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = announced == 0 ? [] : new byte[announced];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
            // Fewer bytes than announced: keep what came (a parse error then says what is wrong).
            if (total < buffer.Length) return buffer[..total];

            // More bytes than announced (a handler that mis-states the length): keep them all.
            var probe = ArrayPool<byte>.Shared.Rent(1);
            try
            {
                read = await stream.ReadAsync(probe.AsMemory(0, 1), cancellationToken).ConfigureAwait(false);
                if (read == 0) return buffer;
                using var rest = new MemoryStream();
                rest.Write(buffer);
                rest.WriteByte(probe[0]);
                await stream.CopyToAsync(rest, cancellationToken).ConfigureAwait(false);
                return rest.ToArray();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(probe);
            }
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        // Error bodies are small; a proxy's page might not be, and only an excerpt is ever shown.
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
            return buffer[..total];
        }
    }
}
