namespace RoboMakerDeploy.Cli.Output;

/// <summary>
/// The one place that makes a string from the service (an arn, a status, a failure code or reason, a name) fit for
/// the terminal, exactly as the SDK's own messages show it (<see cref="ServiceText"/>, whose file is compiled into the
/// CLI): control and bidirectional characters written as <c>\uXXXX</c>, so a reply cannot clear the screen, retitle
/// the window, ring the bell, forge a line or reorder what is shown; anything shaped like a secret (an Authorization
/// value, a signature, a credential assignment) masked; and, where the text is used as Spectre markup, markup-escaped
/// after that. Every table cell, progress line and progress bar description that shows service text goes through
/// here; <c>--output json</c> does not (it is the data as received, with JSON's own escaping).
/// </summary>
internal static class DisplayText
{
    /// <summary>
    /// <paramref name="value"/> with its control and bidirectional characters written as <c>\uXXXX</c> and its
    /// secret-shaped values masked; the same instance when there is nothing to change (the usual case), null for null.
    /// For plain text: a <see cref="Spectre.Console.Text"/> cell or a written line.
    /// </summary>
    public static string? Plain(string? value) => ServiceText.ForDisplay(value);

    /// <summary><paramref name="value"/> as <see cref="Plain"/> writes it, then markup-escaped: for a place that takes Spectre markup.</summary>
    public static string Markup(string value) => Spectre.Console.Markup.Escape(Plain(value)!);
}
