using System.CommandLine;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>wait</c>: polls a job until it ends, showing each robot's progress.</summary>
internal static class WaitCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var job = CreateCommand.Required("--job", "ARN", "The ARN of the deployment job to wait for.");
        var timeout = new Option<int?>("--timeout") { HelpName = "SECONDS", Description = "Give up (exit code 1) when the job has not ended after this many seconds. Default: wait until it ends.", CustomParser = OptionParsers.ParsePositiveInt };
        var command = new Command(
            "wait",
            "Wait until a deployment job ends, with a progress bar per robot on a terminal (one line per change when output is redirected). Exit code 0 when it succeeded, 3 when it failed or was canceled.")
        {
            job, timeout,
        };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var seconds = context.ParseResult.GetValue(timeout);
            return await JobWaiting.WaitAndReportAsync(
                context, client, context.ParseResult.GetRequiredValue(job), seconds is { } s ? TimeSpan.FromSeconds(s) : null, cancellationToken);
        });
        return command;
    }
}
