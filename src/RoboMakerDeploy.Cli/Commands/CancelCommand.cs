using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>cancel</c>: CancelDeploymentJob.</summary>
internal static class CancelCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var job = CreateCommand.Required("--job", "ARN", "The ARN of the deployment job to cancel.");
        var command = new Command("cancel", "Cancel a deployment job (CancelDeploymentJob).") { job };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var arn = context.ParseResult.GetRequiredValue(job);
            using var client = context.CreateClient();
            var reply = await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = arn }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
            else context.Environment.Console.MarkupLine($"Canceled deployment job [bold]{Markup.Escape(arn)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
