using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Refit;

namespace RoboMakerDeploy.Protocol;

/// <summary>
/// Refit's content serializer for the deployment API: source-generated JSON only (no reflection),
/// bodies as exact <c>application/json</c> bytes (replayable for retries and for the payload hash), and
/// a reply that is not valid JSON turned into a <see cref="RoboMakerException"/> with an excerpt
/// instead of a raw <see cref="JsonException"/>.
/// </summary>
internal sealed class RoboMakerContentSerializer : IHttpContentSerializer, ISynchronousContentSerializer
{
    public static RoboMakerContentSerializer Instance { get; } = new();

    public HttpContent ToHttpContent<T>(T? item)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(item!, TypeInfo<T>());
        var content = new JsonBodyContent(bytes);
        // Added as text (an immutable string, sent as is): no header object to build per request; the
        // ContentType property still parses it on demand.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    // Refit's synchronous path (RequestBodySerializationMode.Buffered): the same exact bytes, already buffered.
    public HttpContent ToHttpContentSynchronous<T>(T item) => ToHttpContent(item);

    // Not used (the settings never ask for streamed bodies): a SigV4 payload hash needs the whole body anyway.
    public HttpContent ToStreamingHttpContent<T>(T item) => ToHttpContent(item);

    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        // Normally ReplyHandler has parsed the reply already, inside the retry scope.
        if (content is ParsedReplyContent { Value: T parsed }) return parsed;

        var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0) return default;
        try
        {
            return JsonSerializer.Deserialize(bytes, TypeInfo<T>());
        }
        catch (JsonException ex)
        {
            throw new MalformedReplyException(
                $"The service replied with a body that is not a valid {typeof(T).Name} ({ex.Message}): \"{ErrorReplyParser.Excerpt(bytes)}\"",
                HttpStatusCode.OK,
                innerException: ex);
        }
    }

    public string? GetFieldNameForProperty(System.Reflection.PropertyInfo propertyInfo) => null;

    private static JsonTypeInfo<T> TypeInfo<T>() =>
        RoboMakerDeployJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T)} is not part of the RoboMakerDeploy JSON context.");
}
