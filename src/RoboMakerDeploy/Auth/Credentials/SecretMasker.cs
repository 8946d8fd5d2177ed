using System.Text.RegularExpressions;

namespace RoboMakerDeploy;

/// <summary>
/// Masks secrets in text quoted into error messages (a <c>credential_process</c>'s error output, a
/// field it printed): the value after <c>aws_secret_access_key</c>, <c>aws_session_token</c>,
/// <c>aws_security_token</c>, and JSON <c>SecretAccessKey</c>, <c>SessionToken</c> or <c>Token</c>
/// (any case, <c>=</c> or <c>:</c>, quoted, escaped-quoted or bare, any spacing), plus any known secret
/// value wherever it appears. The rest is kept: it says what went wrong.
/// </summary>
internal static partial class SecretMasker
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>Masks labelled secrets and every occurrence of <paramref name="knownSecrets"/>.</summary>
    /// <param name="text">The text to quote.</param>
    /// <param name="knownSecrets">Secret values known to the caller (e.g. the ones the same output carried); null or short ones are ignored.</param>
    /// <returns>The text with secrets replaced by <see cref="Mask"/>.</returns>
    public static string Apply(string text, params ReadOnlySpan<string?> knownSecrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in knownSecrets)
        {
            // A secret of a few characters would mask ordinary words; real keys and tokens are long.
            if (secret is { Length: >= 8 }) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }
        return LabelledSecret().Replace(text, "${label}" + Mask);
    }

    // label: the name, optionally quoted (also as \" inside a JSON string), then = or :.
    // value: a quoted string (possibly with escaped quotes around it), or a bare run up to a separator.
    [GeneratedRegex(
        """(?<label>(?:\\?["'])?(?:\baws_secret_access_key|\baws_session_token|\baws_security_token|\bsecret_?access_?key|\bsession_?token|\bsecurity_?token|\btoken)\b(?:\\?["'])?\s*[=:]\s*)(?<value>\\?"(?:[^"\\]|\\[^"])*(?:\\?")?|'[^']*'?|[^\s,;}"'\\]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSecret();
}
