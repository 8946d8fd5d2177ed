using System.CommandLine;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>sync</c>: SyncDeploymentJob, optionally waiting for the outcome.</summary>
internal static class SyncCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = CreateCommand.Required("--fleet", "ARN", "The ARN of the fleet to synchronize to its latest deployment.");
        var token = new Option<string?>("--client-token") { HelpName = "T", Description = "The idempotency token. Default: generated." };
        var wait = new Option<bool>("--wait") { Description = "Wait until the deployment ends, showing each robot's progress; exit code 3 if it fails or is canceled." };
        var command = new Command("sync", "Bring robots added to a fleet up to its latest deployment (SyncDeploymentJob).") { fleet, token, wait };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var request = new SyncDeploymentJobRequest { Fleet = context.ParseResult.GetRequiredValue(fleet), ClientRequestToken = context.ParseResult.GetValue(token) };
            using var client = context.CreateClient();
            var job = await client.SyncDeploymentJobAsync(request, cancellationToken);
            return await JobOutput.CreatedAsync(context, client, job, tags: null, context.ParseResult.GetValue(wait), cancellationToken);
        });
        return command;
    }
}
