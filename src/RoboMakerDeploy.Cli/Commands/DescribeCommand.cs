using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>describe</c>: DescribeDeploymentJob.</summary>
internal static class DescribeCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var job = CreateCommand.Required("--job", "ARN", "The ARN of the deployment job.");
        var command = new Command("describe", "Show a deployment job and every robot's part in it (DescribeDeploymentJob).") { job };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var description = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = context.ParseResult.GetRequiredValue(job) }, cancellationToken);
            if (context.Json)
            {
                JsonOutput.Write(context.Environment.Out, description);
            }
            else
            {
                context.Environment.Console.Write(JobTables.Job(description, description.Tags));
                context.Environment.Console.Write(JobTables.Robots(description));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
