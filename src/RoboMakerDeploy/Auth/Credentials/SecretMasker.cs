using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RoboMakerDeploy;

/// <summary>
/// Masks secrets in text quoted into error messages (a <c>credential_process</c>'s error output, a field it printed).
/// Conservative: when in doubt, a value is masked. Three rules, in this order:
/// <list type="number">
/// <item>Every occurrence of a known secret value (the ones the same process printed on standard output, also in
/// their JSON-escaped forms).</item>
/// <item>The value after a secret's name: <c>aws_secret_access_key</c>, <c>SecretAccessKey</c>, <c>secret key</c>,
/// <c>aws_session_token</c>, <c>SessionToken</c>, <c>x-amz-security-token</c>... (any case; words joined by nothing,
/// <c>_</c>, <c>-</c> or spaces; the name quoted or not) followed by any separator (<c>=</c>, <c>:</c>,
/// <c>=&gt;</c>, <c>-&gt;</c>, <c>,</c>, white space, or nothing but a closing quote: <c>SecretAccessKey wJalr...</c>,
/// <c>"SecretAccessKey" "abc"</c>, <c>{"SessionToken":"..."}</c>); after the bare words <c>secret</c> and
/// <c>token</c> only a punctuation separator or a quoted name counts (<c>token=...</c>, <c>"Token" "..."</c>), so that
/// <c>token expired, run login</c> stays readable. The value is a quoted string (also with escaped quotes, or cut
/// before its closing quote) or a bare run up to white space or <c>, ; } ] )</c>.</item>
/// <item>Any run of 40 or more base64 characters (<c>A-Z a-z 0-9 + /</c>, then <c>=</c> padding): the shape of a
/// secret access key (40) and of a session token (hundreds), whatever surrounds it. A 40-hex-digit hash or a long
/// slash-only path is masked too; that is the price of never quoting a key printed without a name.</item>
/// </list>
/// The rest is kept: it says what went wrong.
/// </summary>
internal static partial class SecretMasker
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>A known secret shorter than this is not replaced by itself: it would mask ordinary words (real keys and tokens are long).</summary>
    internal const int MinKnownSecretLength = 8;

    /// <summary>Masks known secrets, labelled secrets and key-shaped runs (see the type's summary).</summary>
    /// <param name="text">The text to quote.</param>
    /// <param name="knownSecrets">Secret values known to the caller (e.g. the ones the same output carried); null or short ones are ignored.</param>
    /// <returns>The text with secrets replaced by <see cref="Mask"/>.</returns>
    public static string Apply(string text, params ReadOnlySpan<string?> knownSecrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in knownSecrets)
        {
            if (secret is null || secret.Length < MinKnownSecretLength) continue;
            foreach (var form in Forms(secret)) text = text.Replace(form, Mask, StringComparison.Ordinal);
        }
        text = LabelledSecret().Replace(text, "${label}" + Mask);
        return KeyShapedRun().Replace(text, Mask);
    }

    /// <summary>
    /// The secret values in a process's standard output, read as tolerantly as possible (it may be cut off or not be
    /// JSON at all): the string values of secret-named JSON properties up to where the JSON breaks, plus every value
    /// the labelled rule finds in the raw text (a value cut before its closing quote included).
    /// </summary>
    /// <param name="output">The standard output, or null.</param>
    /// <returns>The values found (possibly short or repeated; <see cref="Apply"/> ignores short ones).</returns>
    public static List<string> SecretsIn(string? output)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(output)) return found;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output), new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 256,
        });
        var secretProperty = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    secretProperty = IsSecretName(reader.GetString()!);
                    continue;
                }
                if (secretProperty && reader.TokenType == JsonTokenType.String)
                {
                    found.Add(reader.GetString()!);
                    found.Add(Encoding.UTF8.GetString(reader.ValueSpan)); // as written, escapes and all
                }
                secretProperty = false;
            }
        }
        catch (JsonException)
        {
            // Cut off or not JSON: what was read so far is kept, the labelled rule below reads the rest.
        }
        foreach (Match match in LabelledSecret().Matches(output))
        {
            var value = match.Groups["value"].Value.Trim().Trim('\\', '"', '\'');
            if (value.Length > 0) found.Add(value);
        }
        return found;
    }

    /// <summary>Whether a JSON property name names a secret (the labelled rule's names, matched whole).</summary>
    private static bool IsSecretName(string name) => SecretName().IsMatch(name);

    /// <summary>The secret as printed and JSON-escaped both ways (strict and relaxed), so an echo in either form is found.</summary>
    private static IEnumerable<string> Forms(string secret)
    {
        yield return secret;
        var strict = JsonEncodedText.Encode(secret).ToString();
        if (strict != secret) yield return strict;
        var relaxed = JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        if (relaxed != secret && relaxed != strict) yield return relaxed;
    }

    // The full names: "secret access key", "secret key", "session token", "security token", the words joined by
    // nothing, '_', '-' or spaces, "aws" in front or not ("aws_secret_access_key", "AwsSecretAccessKey",
    // "x-amz-security-token"). Any separator after them counts, white space alone included.
    private const string FullNames =
        """(?:aws[\s_-]*)?(?:secret[\s_-]*access[\s_-]*key|secret[\s_-]*key|session[\s_-]*token|security[\s_-]*token)""";

    // The bare words "secret" and "token": "token expired, run login" is an error worth reading, so after a bare
    // word only a punctuation separator (= : => -> ,) counts, or white space after the word quoted ("token" "...").
    private const string BareNames = """(?:aws[\s_-]*)?(?:secret|token)""";

    private const string Names = "(?:" + FullNames + "|" + BareNames + ")";

    // label: a name standing alone (no letter or digit before, none or '_' after), optionally quoted (also as \"; the
    // closing quote taken atomically, so it is never read as the value's opening one), then its separator (see
    // above). value: a quoted string on one line (escaped quotes around it allowed, the closing one possibly missing)
    // or a bare run up to white space, , ; } ] ) or a quote.
    [GeneratedRegex(
        """(?<label>"""
        + """(?:\\?["'])?(?<![A-Za-z0-9])""" + FullNames + """(?![A-Za-z0-9_])(?>(?:\\?["'])?)[\s:=>,-]*"""
        + """|\\?["']""" + BareNames + """\\?["'][\s:=>,-]*"""
        + """|(?<![A-Za-z0-9])""" + BareNames + """(?![A-Za-z0-9_])\s*(?:=>|->|[=:,])\s*"""
        + """)(?<value>\\?"(?:[^"\\\r\n]|\\[^"\r\n])*(?:\\?")?|'[^'\r\n]*'?|[^\s,;}\])"'\\]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSecret();

    // A JSON property name: the name, after anything ending in a separator ("Credentials.SecretAccessKey").
    [GeneratedRegex("^(?:.*[^A-Za-z0-9])?" + Names + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();

    [GeneratedRegex("(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}=*", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShapedRun();
}
