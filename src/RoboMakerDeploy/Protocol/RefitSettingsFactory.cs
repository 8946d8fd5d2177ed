using System.Net;
using Refit;

namespace RoboMakerDeploy.Protocol;

/// <summary>Refit settings for the deployment API: the SDK's serializer, buffered bodies, and no wrapping of the SDK's exceptions.</summary>
internal static class RefitSettingsFactory
{
    public static RefitSettings Create() => new(RoboMakerContentSerializer.Instance)
    {
        // Bodies are serialized synchronously into a ByteArrayContent: it has a Content-Length, can be hashed for
        // SigV4 and re-sent on retry. It is buffered already, so Refit need not buffer it again (a copy per call).
        RequestBodySerialization = RequestBodySerializationMode.Buffered,
        Buffered = false,
        // Errors are already RoboMakerExceptions (or transport faults) when they reach Refit: keep them as they are.
        TransportExceptionFactory = static (_, exception, _) => exception,
        DeserializationExceptionFactory = static (response, exception) => ValueTask.FromResult<Exception?>(
            exception is RoboMakerException
                ? exception
                : new RoboMakerException(
                    $"The reply could not be read: {exception.Message}",
                    statusCode: response.StatusCode,
                    requestId: response.Headers.TryGetValues(ErrorReplyParser.RequestIdHeader, out var ids) ? ids.FirstOrDefault() : null,
                    innerException: exception)),
        // The handler chain turns error replies into exceptions; this only guards a chain built without it.
        ExceptionFactory = static async response =>
        {
            if (response.IsSuccessStatusCode) return null;
            var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return ErrorReplyParser.Parse(response.StatusCode, response.Headers, body, ErrorReplyParser.OperationFromPath(response.RequestMessage?.RequestUri));
        },
    };
}
