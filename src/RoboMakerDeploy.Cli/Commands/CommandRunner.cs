using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using Spectre.Console;

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

    /// <summary>
    /// Runs a command that makes one call and shows its reply: as one JSON document with <c>--output json</c>, else
    /// as <paramref name="show"/> writes it to the console.
    /// </summary>
    public static void SetCallAction<TReply>(
        Command command,
        CliEnvironment environment,
        GlobalOptions options,
        Func<ParseResult, RoboMakerDeployClient, CancellationToken, Task<TReply>> call,
        Action<IAnsiConsole, ParseResult, TReply> show) =>
        SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var reply = await call(context.ParseResult, client, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
            else show(context.Environment.Console, context.ParseResult, reply);
            return ExitCodes.Success;
        });
}
