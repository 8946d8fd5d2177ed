using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy.Protocol;

/// <summary>
/// Turns an error reply into the matching <see cref="RoboMakerException"/>. The code comes from the
/// <c>x-amzn-ErrorType</c> header (anything after <c>:</c> dropped), else the body's <c>__type</c>
/// (anything up to <c>#</c> dropped), else the body's <c>code</c>; the message from <c>message</c> or
/// <c>Message</c>. A body that is not JSON (an HTML page from a proxy, an empty 403) still gives a
/// <see cref="RoboMakerException"/> with the status, the operation and a short excerpt.
/// </summary>
public static class ErrorReplyParser
{
    /// <summary>The header that carries the error type.</summary>
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    /// <summary>The header that carries the request id.</summary>
    public const string RequestIdHeader = "x-amzn-RequestId";

    private const int ExcerptLength = 160;

    /// <summary>Builds the exception for an error reply.</summary>
    /// <param name="statusCode">The reply's HTTP status.</param>
    /// <param name="headers">The reply's headers.</param>
    /// <param name="body">The reply's body bytes (possibly empty).</param>
    /// <param name="operation">The operation, for the message; null when unknown.</param>
    /// <param name="timeProvider">The clock a <c>Retry-After</c> date is measured against; null for the system clock.</param>
    /// <returns>The exception to throw.</returns>
    public static RoboMakerException Parse(HttpStatusCode statusCode, HttpResponseHeaders headers, ReadOnlySpan<byte> body, string? operation, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var requestId = FirstHeader(headers, RequestIdHeader) ?? FirstHeader(headers, "x-amz-request-id");
        var code = NormalizeHeaderCode(FirstHeader(headers, ErrorTypeHeader));

        ErrorReply? reply = null;
        var bodyIsJson = TryReadReply(body, out reply);
        code ??= NormalizeBodyCode(reply?.Type) ?? Blank(reply?.Code);
        var message = Blank(reply?.Message) ?? Blank(reply?.CapitalizedMessage);

        if (message is null && !bodyIsJson)
        {
            message = body.IsEmpty
                ? $"The service replied HTTP {(int)statusCode} ({statusCode}) with an empty body."
                : $"The service replied HTTP {(int)statusCode} ({statusCode}) with a body that is not a JSON error: \"{Excerpt(body)}\"";
        }

        var exception = Create(code, message, statusCode, requestId, operation);
        if (headers.RetryAfter is { } retryAfter)
        {
            var wait = retryAfter.Delta ?? (retryAfter.Date - (timeProvider ?? TimeProvider.System).GetUtcNow());
            exception.RetryAfter = wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return exception;
    }

    /// <summary>Extracts just the error code of an error reply, as <see cref="Parse"/> would.</summary>
    /// <param name="headers">The reply's headers.</param>
    /// <param name="body">The reply's body bytes (possibly empty).</param>
    /// <returns>The code, or null.</returns>
    public static string? ParseCode(HttpResponseHeaders headers, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var code = NormalizeHeaderCode(FirstHeader(headers, ErrorTypeHeader));
        if (code is not null) return code;
        TryReadReply(body, out var reply);
        return NormalizeBodyCode(reply?.Type) ?? Blank(reply?.Code);
    }

    /// <summary>Creates the exception type modelled for <paramref name="code"/>, or the base type.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="message">The service's message.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="requestId">The request id.</param>
    /// <param name="operation">The operation.</param>
    /// <returns>The exception.</returns>
    public static RoboMakerException Create(string? code, string? message, HttpStatusCode? statusCode, string? requestId, string? operation) => code switch
    {
        ThrottlingException.Code => new ThrottlingException(message, statusCode, requestId, operation),
        ResourceNotFoundException.Code => new ResourceNotFoundException(message, statusCode, requestId, operation),
        InvalidParameterException.Code => new InvalidParameterException(message, statusCode, requestId, operation),
        InternalServerException.Code => new InternalServerException(message, statusCode, requestId, operation),
        ConcurrentDeploymentException.Code => new ConcurrentDeploymentException(message, statusCode, requestId, operation),
        IdempotentParameterMismatchException.Code => new IdempotentParameterMismatchException(message, statusCode, requestId, operation),
        LimitExceededException.Code => new LimitExceededException(message, statusCode, requestId, operation),
        _ => new RoboMakerException(message, code, statusCode, requestId, operation),
    };

    /// <summary>A short, single-line, printable excerpt of a body, for error messages.</summary>
    /// <param name="body">The body bytes.</param>
    /// <returns>At most 160 characters.</returns>
    public static string Excerpt(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Length > ExcerptLength * 4 ? body[..(ExcerptLength * 4)] : body);
        var excerpt = new StringBuilder(Math.Min(text.Length, ExcerptLength + 1));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (excerpt.Length >= ExcerptLength)
            {
                excerpt.Append('…');
                break;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace && excerpt.Length > 0) excerpt.Append(' ');
                lastWasSpace = true;
                continue;
            }
            excerpt.Append(c);
            lastWasSpace = false;
        }
        return excerpt.ToString().TrimEnd();
    }

    /// <summary>The operation name for a request path: <c>/createDeploymentJob</c> gives <c>CreateDeploymentJob</c>.</summary>
    /// <param name="requestUri">The request URI.</param>
    /// <returns>The operation name, or null.</returns>
    public static string? OperationFromPath(Uri? requestUri)
    {
        var path = requestUri?.IsAbsoluteUri == true ? requestUri.AbsolutePath : requestUri?.OriginalString;
        if (string.IsNullOrEmpty(path)) return null;
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length == 0 ? null : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
    }

    private static bool TryReadReply(ReadOnlySpan<byte> body, out ErrorReply? reply)
    {
        reply = null;
        if (body.IsEmpty) return false;
        try
        {
            reply = JsonSerializer.Deserialize(body, RoboMakerDeployJsonContext.Default.ErrorReply);
            return reply is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? FirstHeader(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string? NormalizeHeaderCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return Blank((colon >= 0 ? value[..colon] : value).Trim());
    }

    private static string? NormalizeBodyCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var hash = value.LastIndexOf('#');
        var code = hash >= 0 ? value[(hash + 1)..] : value;
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return Blank((colon >= 0 ? code[..colon] : code).Trim());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
