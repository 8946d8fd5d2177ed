using System.CommandLine;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>Runs a command's body with the global options read and every error turned into a line and an exit code.</summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, CliEnvironment environment, GlobalOptions options, Func<CommandContext, CancellationToken, Task<int>> body)
    {
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CommandContext(environment, parseResult, options);
            try
            {
                return await body(context, cancellationToken);
            }
#pragma warning disable CA1031 // The top of a command: every failure becomes an exit code and one line.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return ErrorReporter.Report(ex, environment, context.Verbose, cancellationToken);
            }
        });
    }
}
