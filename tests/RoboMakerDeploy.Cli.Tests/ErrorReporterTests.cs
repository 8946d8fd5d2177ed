namespace RoboMakerDeploy.Cli.Tests;

/// <summary>
/// The one line the CLI writes for a failure shows an exception's message as it shows service text, whatever threw it:
/// a transport or a custom handler may quote what a server sent, outside the SDK's own escaping.
/// </summary>
public sealed class ErrorReporterTests
{
    [Fact]
    public void A_message_that_is_not_the_sdks_is_written_escaped_and_masked_on_one_line()
    {
        var exception = new InvalidOperationException("proxy said \u202Egnp.exe\u001B[2J\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/x, Signature=abc");

        var (code, line) = ErrorReporter.Describe(exception, CancellationToken.None);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Equal("error: InvalidOperationException: proxy said \\u202Egnp.exe\\u001B[2J Authorization: ***", line);
    }
}
