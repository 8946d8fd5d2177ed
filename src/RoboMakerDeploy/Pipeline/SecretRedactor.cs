using System.Text.RegularExpressions;

namespace RoboMakerDeploy.Pipeline;

/// <summary>
/// Masks secrets in text that came from outside the SDK. Two passes: the exact secrets the SDK sent (a server or
/// proxy may quote the canonical request, which holds the session token, or the Authorization header), then
/// anything shaped like a SigV4 signature or a credential assignment, whatever its value.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "***";

    public static string? Redact(string? text, SentSecrets secrets)
    {
        if (string.IsNullOrEmpty(text)) return text;
        if (!string.IsNullOrEmpty(secrets.SessionToken)) text = text.Replace(secrets.SessionToken, Mask, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(secrets.Signature)) text = text.Replace(secrets.Signature, Mask, StringComparison.OrdinalIgnoreCase);
        return Shaped().Replace(text, static m => m.Groups["name"].Value + Mask);
    }

    // Signature=<hex>, X-Amz-Security-Token: <value>, X-Amz-Signature=<hex>, aws_secret_access_key = <value>,
    // "SecretAccessKey": "<value>", "SessionToken": "<value>", Authorization: <value>.
    [GeneratedRegex(
        """(?<name>(?:\bSignature|X-Amz-Signature|X-Amz-Security-Token|aws_secret_access_key|aws_session_token|aws_security_token|Authorization|"?(?:SecretAccessKey|SessionToken)"?)\s*[:=]\s*"?)(?:AWS4-HMAC-SHA256[^\r\n"]*|[^\s",;&<>]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shaped();
}
