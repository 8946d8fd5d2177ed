#if ROBOMAKERDEPLOY_CLI
// Compiled into the CLI too, which the core's tests also reference: its own namespace keeps the two apart.
namespace RoboMakerDeploy.Cli.Output;
#else
namespace RoboMakerDeploy;
#endif

/// <summary>
/// Makes text from the service (an arn, a raw status or failure code, a failureReason) fit to show in an exception
/// message or a log line: control and bidirectional characters written as <c>\uXXXX</c> (<see cref="ControlCharacters"/>), so a reply cannot
/// forge a log line or drive a terminal, then anything shaped like a secret masked (<see cref="SecretShapes"/>: a
/// credential assignment, a signature). Data properties keep the text as received; only what is shown goes through
/// here. The SDK's waiter messages and logs use it, and the CLI compiles this same file in (linked) for its tables,
/// progress lines and error line.
/// </summary>
/// <remarks>
/// Text shown outside a call (the waiter's exceptions and logs) cannot know the call's secrets, so a bare session
/// token, not written as an assignment, is not recognised; only secret shapes are masked.
/// </remarks>
internal static class ServiceText
{
    /// <summary>
    /// <paramref name="text"/> ready to show; the same instance when there is nothing to change, null for null.
    /// </summary>
    /// <remarks>
    /// Escaping comes first so a secret value split by a control character is masked whole (the mask stops at
    /// whitespace, and an escaped newline is no longer whitespace).
    /// </remarks>
    public static string? ForDisplay(string? text) =>
        SecretShapes.Redact(ControlCharacters.Escape(text));
}
