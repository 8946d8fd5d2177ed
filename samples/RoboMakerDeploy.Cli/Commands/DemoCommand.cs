using System.CommandLine;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>demo</c> (the default): a deployment to an in-process emulator, with live progress. STUB until the emulator lands.</summary>
internal static class DemoCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var command = new Command("demo", "Run the demo: start the emulator in-process, deploy to a fleet of 8 robots with live progress, list the fleet's jobs.");
        SetAction(command, environment, options);
        return command;
    }

    public static void SetAction(Command command, CliEnvironment environment, GlobalOptions options) =>
        CommandRunner.SetAction(command, environment, options, (context, cancellationToken) =>
        {
            context.Environment.Error.WriteLine("The demo needs the emulator.");
            return Task.FromResult(ExitCodes.Error);
        });
}
