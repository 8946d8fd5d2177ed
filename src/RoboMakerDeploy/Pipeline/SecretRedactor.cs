using System.Text;
using System.Text.RegularExpressions;

namespace RoboMakerDeploy;

/// <summary>
/// Masks secrets in text that came from outside the SDK. Two passes: the exact secrets the SDK sent (a server or
/// proxy may quote the canonical request, which holds the session token, or the Authorization header), then
/// anything shaped like a SigV4 signature or a credential assignment, whatever its value (<see cref="SecretShapes"/>). A raw JSON body (shown in an
/// excerpt) may carry the session token escaped as its writer escapes it, so those forms are masked too, mixed in any
/// way (<see cref="RedactMixedEscapes"/>). Text must be redacted
/// before it is cut short: a cut secret no longer matches, so <see cref="RedactCut"/> also masks the start of a
/// secret left at the end of a window.
/// </summary>
internal static class SecretRedactor
{
    public const string Mask = SecretShapes.Mask;

    /// <summary>The shortest start of a secret masked at the end of a cut window: shorter pieces carry nothing usable.</summary>
    private const int MinCutPiece = 4;

    public static string? Redact(string? text, SentSecrets secrets)
    {
        if (string.IsNullOrEmpty(text)) return text;
        // The common case (a request id, a plain message): no secret in it and nothing shaped like an assignment, so
        // nothing to do and nothing allocated.
        if (text.AsSpan().IndexOfAny(":=\\%&") < 0
            && (secrets.SessionToken is not { Length: > 0 } token || !text.Contains(token, StringComparison.Ordinal))
            && (secrets.SignatureSpan.IsEmpty || !text.AsSpan().Contains(secrets.SignatureSpan, StringComparison.OrdinalIgnoreCase)))
        {
            return text;
        }
        if (!string.IsNullOrEmpty(secrets.SessionToken))
        {
            // As sent, then escaped in any way and mix (which covers every escaped form Forms lists for RedactCut).
            text = RedactMixedEscapes(secrets.SessionToken, text.Replace(secrets.SessionToken, Mask, StringComparison.Ordinal));
        }
        if (!secrets.SignatureSpan.IsEmpty && text.AsSpan().Contains(secrets.SignatureSpan, StringComparison.OrdinalIgnoreCase))
        {
            text = text.Replace(secrets.Signature!, Mask, StringComparison.OrdinalIgnoreCase);
        }
        return SecretShapes.Redact(text);
    }

    /// <summary>
    /// As <see cref="Redact"/>, for a window cut from a longer text: a secret that the cut left incomplete at the
    /// window's end (the start of the session token or signature) is masked too.
    /// </summary>
    public static string RedactCut(string text, SentSecrets secrets)
    {
        text = Redact(text, secrets) ?? text;
        var cut = CutPiece(text, secrets.Signature, StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(secrets.SessionToken))
        {
            foreach (var form in Forms(secrets.SessionToken, text)) cut = Math.Max(cut, CutPiece(text, form, StringComparison.Ordinal));
        }
        return cut > 0 ? string.Concat(text.AsSpan(0, text.Length - cut), Mask) : text;
    }

    /// <summary>
    /// The whole forms the session token (base64) can take in <paramref name="text"/>, whose starts
    /// <see cref="RedactCut"/> looks for at a window's end (whole echoes are masked by <see cref="RedactMixedEscapes"/>,
    /// in any mix): as sent; when the text has percent
    /// escapes, URL-encoded, as a proxy or server quoting a URL or a form writes it ('+' as <c>%2B</c>, '/' as <c>%2F</c>,
    /// '=' as <c>%3D</c>, with upper- or lower-case hex digits); and, when the text has escapes at all, as JSON writers
    /// escape it ('+' as <c>\u002B</c> by System.Text.Json, '/' as <c>\/</c> by PHP and others).
    /// </summary>
    private static IEnumerable<string> Forms(string token, string text)
    {
        yield return token;
        if (text.Contains('%', StringComparison.Ordinal) && token.AsSpan().IndexOfAny('+', '/', '=') >= 0)
        {
            var encoded = Uri.EscapeDataString(token);
            yield return encoded;
            yield return encoded
                .Replace("%2B", "%2b", StringComparison.Ordinal)
                .Replace("%2F", "%2f", StringComparison.Ordinal)
                .Replace("%3D", "%3d", StringComparison.Ordinal);
        }
        if (!text.Contains('\\', StringComparison.Ordinal)) yield break;
        if (token.Contains('+', StringComparison.Ordinal))
        {
            yield return token.Replace("+", "\\u002B", StringComparison.Ordinal);
            yield return token.Replace("+", "\\u002b", StringComparison.Ordinal);
        }
        if (token.Contains('/', StringComparison.Ordinal)) yield return token.Replace("/", "\\/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The session token echoed with its '+', '/' and '=' escaped in any mix of the ways writers escape them, each
    /// character on its own: JSON (<c>\u002B</c>, Gson's <c>\u003d</c>, <c>\/</c>), percent-encoding in either case,
    /// HTML numeric entities (<c>&amp;#43;</c>, <c>&amp;#x2F;</c>). Only text that holds an escape is searched, with a
    /// pattern built from the token for it: that is an error's text, never the request id of a success.
    /// </summary>
    private static string RedactMixedEscapes(string token, string text)
    {
        if (token.AsSpan().IndexOfAny("+/=") < 0 || text.AsSpan().IndexOfAny("\\%&") < 0) return text;
        var pattern = new StringBuilder(token.Length * 2);
        foreach (var c in token)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                pattern.Append(c);
                continue;
            }
            pattern.Append(c switch
            {
                '+' => """(?:\+|\\u002[bB]|%2[bB]|&\#43;|&\#x2[bB];)""",
                '/' => """(?:/|\\/|\\u002[fF]|%2[fF]|&\#47;|&\#x2[fF];)""",
                '=' => """(?:=|\\u003[dD]|%3[dD]|&\#61;|&\#x3[dD];)""",
                _ => Regex.Escape(c.ToString()),
            });
        }
        // Interpreted (Native-AOT clean); the pattern is literal but for one-character alternations, so it runs in linear time.
        return Regex.Replace(text, pattern.ToString(), Mask, RegexOptions.CultureInvariant);
    }

    /// <summary>The length of the longest start of <paramref name="secret"/> that <paramref name="text"/> ends with (0 for none worth masking).</summary>
    private static int CutPiece(string text, string? secret, StringComparison comparison)
    {
        if (string.IsNullOrEmpty(secret)) return 0;
        for (var length = Math.Min(secret.Length - 1, text.Length); length >= MinCutPiece; length--)
        {
            if (text.AsSpan(text.Length - length).Equals(secret.AsSpan(0, length), comparison)) return length;
        }
        return 0;
    }
}
