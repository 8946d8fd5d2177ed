using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>The output of <c>create</c> and <c>sync</c>: the new job, then with <c>--wait</c> its progress and outcome.</summary>
internal static class JobOutput
{
    public static async Task<int> CreatedAsync<T>(
        CommandContext context,
        IRoboMakerDeployClient client,
        T job,
        IReadOnlyDictionary<string, string>? tags,
        bool wait,
        CancellationToken cancellationToken)
        where T : DeploymentJobInfo
    {
        if (context.Json)
        {
            // One document per command: the new job, or with --wait the final description.
            if (!wait)
            {
                JsonOutput.Write(context.Environment.Out, job);
                return ExitCodes.Success;
            }
        }
        else
        {
            context.Environment.Console.MarkupLine($"Created deployment job [bold]{DisplayText.Markup(job.Arn ?? "-")}[/]");
            context.Environment.Console.Write(JobTables.Job(job, tags));
            if (!wait) return ExitCodes.Success;
        }
        var arn = job.Arn ?? throw new RoboMakerException("The service returned a deployment job without an ARN.", operation: "CreateDeploymentJob");
        return await JobWaiting.WaitAndReportAsync(context, client, arn, timeout: null, cancellationToken);
    }
}
