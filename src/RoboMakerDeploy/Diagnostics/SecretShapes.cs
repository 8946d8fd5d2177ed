using System.Text.RegularExpressions;

#if ROBOMAKERDEPLOY_CLI
// Compiled into the CLI too, which the core's tests also reference: its own namespace keeps the two apart.
namespace RoboMakerDeploy.Cli.Output;
#else
namespace RoboMakerDeploy;
#endif

/// <summary>
/// Masks anything in text from outside that is shaped like a secret, whatever its value: a SigV4 signature or
/// Authorization value, a security token header, a credential assignment (<c>aws_secret_access_key = …</c>,
/// <c>"SessionToken": "…"</c>). The one pattern: the SDK applies it after masking the exact secrets a call sent
/// (<c>SecretRedactor</c>), and the CLI compiles this same file in (linked) for the service text it prints.
/// </summary>
internal static partial class SecretShapes
{
    /// <summary>What a masked value is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>
    /// <paramref name="text"/> with the value of every secret-shaped assignment replaced by <see cref="Mask"/> (the name
    /// is kept, so a reader sees what was there); the same instance when there is none, null for null.
    /// </summary>
    public static string? Redact(string? text)
    {
        // Every shape is a name, then ':' or '=': text with neither (most of it) is left as it is, with no regex run.
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(':', '=') < 0) return text;
        return Shaped().Replace(text, static m => m.Groups["name"].Value + Mask);
    }

    // Signature=<hex>, X-Amz-Security-Token: <value>, X-Amz-Signature=<hex>, aws_secret_access_key = <value>,
    // "SecretAccessKey": "<value>", "SessionToken": "<value>", Authorization: <value>.
    [GeneratedRegex(
        """(?<name>(?:\bSignature|X-Amz-Signature|X-Amz-Security-Token|aws_secret_access_key|aws_session_token|aws_security_token|Authorization|"?(?:SecretAccessKey|SessionToken)"?)\s*[:=]\s*"?)(?:AWS4-HMAC-SHA256[^\r\n"]*|[^\s",;&<>]+)""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shaped();
}
