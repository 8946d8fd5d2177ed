using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy;

/// <summary>
/// Reads an error response as the restJson1 protocol defines it: the code from the <c>x-amzn-ErrorType</c> header,
/// else the body's <c>code</c>, else its <c>__type</c>, each sanitized the same way (see <see cref="SanitizeErrorCode"/>);
/// the message from <c>message</c> or <c>Message</c>. The body is scanned tolerantly: a member of an unexpected type, a
/// body cut at the read bound, or a body that is not JSON at all keeps whatever could be read.
/// What the service sends is not trusted to be short or printable: a code that is not an AWS error code (at most
/// <see cref="MaxErrorCodeLength"/> characters of <c>[A-Za-z0-9._:-]</c>) becomes <see cref="UnknownErrorCode"/>, since it
/// becomes <see cref="RoboMakerException.ErrorCode"/> and so a span and metric tag (one distinct value per reply would be
/// unbounded cardinality), and it is shown cut and escaped in the message instead; control characters (C0, DEL, C1,
/// U+2028, U+2029) in the message and the request id are written as <c>\uXXXX</c>, so a reply cannot forge log lines or
/// send terminal escapes through Exception.Message.
/// </summary>
internal static class ErrorResponseParser
{
    /// <summary>The header that carries the error type.</summary>
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    /// <summary>The header that carries the request id.</summary>
    public const string RequestIdHeader = "x-amzn-RequestId";

    /// <summary>The longest error code kept (AWS error codes are short identifiers such as <c>ThrottlingException</c>).</summary>
    public const int MaxErrorCodeLength = 256;

    /// <summary>The code of an error whose code was not a well-formed AWS error code.</summary>
    public const string UnknownErrorCode = "UnknownError";

    private const int ExcerptLength = 160;

    // How much of a refused error code the message shows.
    private const int RefusedCodeExcerptLength = 64;

    private static readonly SearchValues<char> ErrorCodeCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-");

    /// <summary>Reads what an error response says.</summary>
    /// <param name="headers">The response's headers.</param>
    /// <param name="body">The body, or its first bytes when it was longer than the read bound.</param>
    /// <param name="secrets">The secrets the attempt sent: masked in a refused error code before it is cut for the message
    /// (a secret cut in two would no longer be recognised by the redaction of the whole message later).</param>
    public static ErrorResponse Parse(HttpResponseHeaders headers, ReadOnlySpan<byte> body, SentSecrets secrets)
    {
        var requestId = RequestIdOf(headers);
        var headerCode = headers.TryGetValues(ErrorTypeHeader, out var types) ? SanitizeErrorCode(string.Join(",", types)) : null;
        var bodyIsJson = Scan(body, out var type, out var code, out var message);
        var errorCode = headerCode ?? SanitizeErrorCode(code) ?? SanitizeErrorCode(type);
        message = ControlCharacters.Escape(Blank(message));
        if (errorCode is not null && !IsWellFormedErrorCode(errorCode))
        {
            message = string.Create(
                CultureInfo.InvariantCulture,
                $"{message ?? "(no message)"} [the service's error code was not an AWS error code ({errorCode.Length} characters), shown cut and escaped: '{CodeExcerpt(secrets.Redact(errorCode)!)}']");
            errorCode = UnknownErrorCode;
        }
        return new ErrorResponse(errorCode, message, requestId, bodyIsJson);
    }

    /// <summary>Whether <paramref name="code"/> looks like an AWS error code: 1 to 256 characters of <c>[A-Za-z0-9._:-]</c>.</summary>
    public static bool IsWellFormedErrorCode(string code) =>
        code.Length is > 0 and <= MaxErrorCodeLength && !code.AsSpan().ContainsAnyExcept(ErrorCodeCharacters);

    private static string CodeExcerpt(string code) => code.Length <= RefusedCodeExcerptLength
        ? ControlCharacters.Escape(code)!
        : ControlCharacters.Escape(code[..RefusedCodeExcerptLength]) + "…";

    /// <summary>The request id of a response: <c>x-amzn-RequestId</c>, else <c>x-amz-request-id</c>; control characters escaped.</summary>
    public static string? RequestIdOf(HttpResponseHeaders headers) =>
        (headers.NonValidated.TryGetValues(RequestIdHeader, out var ids) || headers.NonValidated.TryGetValues("x-amz-request-id", out ids))
            ? ControlCharacters.Escape(Blank(ids.ToString()))
            : null;

    /// <summary>
    /// The error code in a raw <c>x-amzn-ErrorType</c>, <c>code</c> or <c>__type</c> value, as the AWS SDKs sanitize it:
    /// only the first of comma-separated values, only what precedes the first <c>:</c>, then only what follows the first <c>#</c>
    /// (<c>aws.robomaker#ThrottlingException:http://internal.amazon.com/...</c> gives <c>ThrottlingException</c>).
    /// </summary>
    public static string? SanitizeErrorCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var value = raw.AsSpan();
        var comma = value.IndexOf(',');
        if (comma >= 0) value = value[..comma];
        var colon = value.IndexOf(':');
        if (colon >= 0) value = value[..colon];
        var hash = value.IndexOf('#');
        if (hash >= 0) value = value[(hash + 1)..];
        value = value.Trim();
        return value.IsEmpty ? null : value.ToString();
    }

    /// <summary>The exception for an error response: the type modelled for its code, or <see cref="RoboMakerException"/>.</summary>
    public static RoboMakerException CreateException(string? code, string? message, HttpStatusCode? statusCode, string? requestId, string? operation) => code switch
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

    /// <summary>
    /// A short, single-line, printable excerpt of a body, for error messages: at most 160 characters, with every secret
    /// the attempt sent masked before the text is cut (a secret cut in two would no longer be recognised); runs of white
    /// space and control characters become one space, and bidirectional controls are written as <c>\uXXXX</c>.
    /// </summary>
    /// <param name="body">The body, or its first bytes.</param>
    /// <param name="secrets">The secrets the attempt sent.</param>
    /// <param name="isCut">Whether <paramref name="body"/> is only the start of the body.</param>
    public static string Excerpt(ReadOnlySpan<byte> body, SentSecrets secrets, bool isCut = false)
    {
        var window = body.Length > ExcerptLength * 4 ? body[..(ExcerptLength * 4)] : body;
        var text = Encoding.UTF8.GetString(window);
        text = isCut || window.Length < body.Length ? secrets.RedactCut(text) : secrets.Redact(text)!;
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
        return ControlCharacters.EscapeBidirectional(excerpt.ToString().TrimEnd())!;
    }

    /// <summary>
    /// Reads the top-level string members <c>__type</c>, <c>code</c> and <c>message</c>/<c>Message</c> of a JSON object,
    /// token by token, stopping quietly at the first thing it cannot read (a cut-off end, a syntax error).
    /// </summary>
    /// <returns>Whether the body starts as a JSON object.</returns>
    private static bool Scan(ReadOnlySpan<byte> body, out string? type, out string? code, out string? message)
    {
        type = code = message = null;
        string? capitalizedMessage = null;
        var isObject = false;
        var reader = new Utf8JsonReader(body, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip }));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            isObject = true;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("__type"u8);
                var isCode = reader.ValueTextEquals("code"u8);
                var isMessage = reader.ValueTextEquals("message"u8);
                var isCapitalizedMessage = reader.ValueTextEquals("Message"u8);
                if (!reader.Read()) break;
                string? text = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    // Some services send a numeric code.
                    JsonTokenType.Number when isCode => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip()) break; // cut off inside
                if (isType) type ??= text;
                else if (isCode) code ??= text;
                else if (isMessage) message ??= text;
                else if (isCapitalizedMessage) capitalizedMessage ??= text;
            }
        }
        catch (JsonException)
        {
            // Keep what was read before the body stopped making sense.
        }
        catch (InvalidOperationException)
        {
            // A string with invalid UTF-8 or escapes: keep what was read before it.
        }
        message = Blank(message) ?? capitalizedMessage;
        return isObject;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
