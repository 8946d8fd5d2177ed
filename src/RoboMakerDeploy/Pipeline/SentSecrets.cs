using System.Text.Json;

namespace RoboMakerDeploy;

/// <summary>
/// The secrets that went out with an attempt: the SigV4 signature and the session token. Text the server sends
/// back (error messages, echoed headers, proxy pages) is scrubbed of them before the SDK shows it anywhere.
/// </summary>
/// <param name="Authorization">The <c>Authorization</c> header sent, which ends with the signature.</param>
/// <param name="SessionToken">The session token sent, or null.</param>
internal readonly record struct SentSecrets(string? Authorization, string? SessionToken)
{
    /// <summary>The signature: the last 64 characters of the <c>Authorization</c> header (a span: nothing allocated to look for it).</summary>
    public ReadOnlySpan<char> SignatureSpan => Authorization is { Length: >= 64 } authorization ? authorization.AsSpan(authorization.Length - 64) : default;

    /// <summary>The signature as text, for masking it where it was found.</summary>
    public string? Signature => SignatureSpan.IsEmpty ? null : SignatureSpan.ToString();

    /// <summary><paramref name="text"/> with every known secret, and anything shaped like a signature or token assignment, masked.</summary>
    public string? Redact(string? text) => SecretRedactor.Redact(text, this);

    /// <summary>As <see cref="Redact"/>, for a window cut from a longer text: a secret cut off at its end is masked too.</summary>
    public string RedactCut(string text) => SecretRedactor.RedactCut(text, this);

    /// <summary>
    /// <paramref name="exception"/> to keep as an inner exception, unless its text (messages down the chain, a JSON
    /// path) quotes a secret the attempt sent: then a copy of the chain with the text redacted, of the same kinds where
    /// the kind can carry it (<see cref="HttpRequestException"/> keeps its <see cref="HttpRequestException.HttpRequestError"/>
    /// and status, <see cref="JsonException"/> its position, <see cref="AggregateException"/> its inner exceptions, each
    /// scrubbed; other kinds become <see cref="InvalidOperationException"/>), so callers that look at the inner
    /// exception's type still can.
    /// </summary>
    /// <param name="exception">An exception whose text may quote what the server sent.</param>
    /// <returns><paramref name="exception"/> itself, or a redacted copy.</returns>
    public Exception Scrub(Exception exception)
    {
        var text = exception.ToString();
        if (Redact(text) == text) return exception;
        var inner = exception.InnerException is { } cause ? Scrub(cause) : null;
        var message = Redact(exception.Message) ?? string.Empty;
        return exception switch
        {
            JsonException json => new JsonException(message, Redact(json.Path), json.LineNumber, json.BytePositionInLine, inner),
            HttpRequestException http => new HttpRequestException(http.HttpRequestError, message, inner, http.StatusCode),
            HttpIOException io => new HttpIOException(io.HttpRequestError, message, inner),
            OperationCanceledException canceled => new OperationCanceledException(message, inner, canceled.CancellationToken),
            IOException or System.Net.Sockets.SocketException => new IOException(message, inner),
            TimeoutException => new TimeoutException(message, inner),
            // Its message is made from its inner exceptions' (each scrubbed); a custom lead-in is not kept.
            AggregateException aggregate => new AggregateException(aggregate.InnerExceptions.Select(Scrub)),
            _ => new InvalidOperationException(message, inner),
        };
    }
}
