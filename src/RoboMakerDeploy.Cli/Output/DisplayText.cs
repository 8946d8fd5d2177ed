namespace RoboMakerDeploy.Cli.Output;

/// <summary>
/// The one place that makes a string from the service (an arn, a status, a failure code or reason, a name) fit for
/// the terminal: control characters (C0, DEL, C1, U+2028/U+2029) written as <c>\uXXXX</c> by the SDK's own
/// <see cref="ControlCharacters"/> (its file is compiled into the CLI), so a reply cannot clear the screen, retitle the
/// window, ring the bell or forge a line; and, where the text is used as Spectre markup, markup-escaped after that.
/// Every table cell, progress line and progress bar description that shows service text goes through here;
/// <c>--output json</c> does not (JSON escapes them itself).
/// </summary>
internal static class DisplayText
{
    /// <summary>
    /// <paramref name="value"/> with its control characters written as <c>\uXXXX</c>; the same instance when it has
    /// none (the usual case), null for null. For plain text: a <see cref="Spectre.Console.Text"/> cell or a written line.
    /// </summary>
    public static string? Plain(string? value) => ControlCharacters.Escape(value);

    /// <summary><paramref name="value"/> as <see cref="Plain"/> writes it, then markup-escaped: for a place that takes Spectre markup.</summary>
    public static string Markup(string value) => Spectre.Console.Markup.Escape(Plain(value)!);
}
