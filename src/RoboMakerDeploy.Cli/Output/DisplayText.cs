using System.Buffers;
using System.Globalization;
using System.Text;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>
/// The one place that makes a string from the service (an arn, a status, a failure code or reason, a name) fit for
/// the terminal: control characters (C0, DEL, C1, U+2028/U+2029) written as <c>\uXXXX</c>, as the SDK writes them in
/// its messages, so a reply cannot clear the screen, retitle the window, ring the bell or forge a line; and, where the
/// text is used as Spectre markup, markup-escaped after that. Every table cell, progress line and progress bar
/// description that shows service text goes through here; <c>--output json</c> does not (JSON escapes them itself).
/// </summary>
internal static class DisplayText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u2028\u2029");

    /// <summary>
    /// <paramref name="value"/> with its control characters written as <c>\uXXXX</c>; the same instance when it has
    /// none (the usual case), null for null. For plain text: a <see cref="Spectre.Console.Text"/> cell or a written line.
    /// </summary>
    public static string? Plain(string? value)
    {
        if (value is null) return null;
        var first = value.AsSpan().IndexOfAny(Escaped);
        if (first < 0) return value;
        var text = new StringBuilder(value.Length + 16);
        text.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (Escaped.Contains(c)) text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else text.Append(c);
        }
        return text.ToString();
    }

    /// <summary><paramref name="value"/> as <see cref="Plain"/> writes it, then markup-escaped: for a place that takes Spectre markup.</summary>
    public static string Markup(string value) => Spectre.Console.Markup.Escape(Plain(value)!);
}
