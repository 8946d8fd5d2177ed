using System.Buffers;
using System.Globalization;
using System.Text;

#if ROBOMAKERDEPLOY_CLI
// Compiled into the CLI too, which the core's tests also reference: its own namespace keeps the two apart.
namespace RoboMakerDeploy.Cli.Output;
#else
namespace RoboMakerDeploy;
#endif

/// <summary>
/// Writes the control characters of text from outside (a service message, a request id, an arn, a status) as
/// <c>\uXXXX</c>, so that it cannot forge a log line, drive a terminal or reorder what a reader sees when shown. The one
/// implementation: the SDK uses it for its messages and logs, and the CLI compiles this same file in (linked) for what
/// it prints.
/// </summary>
internal static class ControlCharacters
{
    // The bidirectional controls of the "Trojan Source" disclosure (CVE-2021-42574: ALM, LRM, RLM, LRE..RLO, LRI..PDI),
    // which make text display in another order than it reads ("robot-1\u202Egnp.exe" shows as "robot-1exe.png").
    private const string BidirectionalControls = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    // C0, DEL and C1 (char.IsControl), the two Unicode line separators JavaScript treats as line breaks, and the
    // bidirectional controls.
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u2028\u2029"
        + BidirectionalControls);

    private static readonly SearchValues<char> Bidirectional = SearchValues.Create(BidirectionalControls);

    /// <summary>
    /// <paramref name="value"/> with every control character (C0, DEL, C1), U+2028/U+2029 and bidirectional control
    /// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) written as <c>\uXXXX</c>;
    /// the same instance when it has none (the usual case), null for null.
    /// </summary>
    public static string? Escape(string? value) => Escape(value, Escaped);

    /// <summary>
    /// <paramref name="value"/> with only its bidirectional controls written as <c>\uXXXX</c>: for JSON text, whose
    /// encoder escapes the other controls but lets these through (inside a JSON string the escape means the same
    /// character, so the value is unchanged).
    /// </summary>
    public static string? EscapeBidirectional(string? value) => Escape(value, Bidirectional);

    /// <summary>Whether <see cref="Escape(string?)"/> writes <paramref name="c"/> as <c>\uXXXX</c>.</summary>
    public static bool IsEscaped(char c) => Escaped.Contains(c);

    private static string? Escape(string? value, SearchValues<char> escaped)
    {
        if (value is null) return null;
        var first = value.AsSpan().IndexOfAny(escaped);
        if (first < 0) return value;
        var text = new StringBuilder(value.Length + 16);
        text.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (escaped.Contains(c)) text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        return text.ToString();
    }
}
