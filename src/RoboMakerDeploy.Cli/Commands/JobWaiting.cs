using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>Waits for a job with progress shown, prints the outcome and picks the exit code.</summary>
internal static class JobWaiting
{
    public static IProgressView ProgressView(CommandContext context) =>
        context.Json ? new LineProgressView(context.Environment.Error)
        : context.Environment.Interactive ? new LiveProgressView(context.Environment.Console)
        : new LineProgressView(context.Environment.Out);

    public static async Task<int> WaitAndReportAsync(CommandContext context, IRoboMakerDeployClient client, string jobArn, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var options = context.WaitOptions(timeout);
        var final = await ProgressView(context).RunAsync(progress => client.WaitForDeploymentJobAsync(jobArn, options, progress, cancellationToken));
        return Report(context, final);
    }

    /// <summary>
    /// Waits for several jobs with one status sweep per round, printing a line per job as it ends (from its final
    /// ListDeploymentJobs summary: status, failure code and reason; no robots, which would cost a call per job).
    /// </summary>
    public static async Task<int> WaitForManyAndReportAsync(CommandContext context, IRoboMakerDeployClient client, IReadOnlyList<string> jobArns, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var options = context.WaitOptions(timeout);
        var code = ExitCodes.Success;
        var finals = new List<DeploymentJob>();
        await foreach (var final in client.WaitForDeploymentJobsAsync(jobArns, options, progress: null, cancellationToken))
        {
            finals.Add(final);
            if (context.Json) continue;
            context.Environment.Console.MarkupLine(Outcome(final));
            if (final.Status is not DeploymentStatus.Succeeded) code = ExitCodeOf(final, context.Environment);
        }
        if (context.Json)
        {
            foreach (var final in finals)
            {
                JsonOutput.Write(context.Environment.Out, final);
                if (final.Status is not DeploymentStatus.Succeeded) code = ExitCodeOf(final, context.Environment);
            }
        }
        return code;
    }

    /// <summary>Prints a job's final description and picks the exit code.</summary>
    public static int Report(CommandContext context, DescribeDeploymentJobResponse final)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Environment.Out, final);
        }
        else
        {
            var console = context.Environment.Console;
            console.Write(JobTables.Robots(final));
            console.MarkupLine(Outcome(final));
        }
        return ExitCodeOf(final, context.Environment);
    }

    public static int ExitCodeOf(DescribeDeploymentJobResponse final, CliEnvironment environment)
    {
        if (final.Status is DeploymentStatus.Succeeded) return ExitCodes.Success;
        environment.Error.WriteLine(new DeploymentJobFailedException(final).Message);
        return ExitCodes.DeploymentFailed;
    }

    /// <summary>The exit code of a job's final summary; a job that did not succeed gets a line on standard error (its code and reason).</summary>
    public static int ExitCodeOf(DeploymentJob final, CliEnvironment environment)
    {
        if (final.Status is DeploymentStatus.Succeeded) return ExitCodes.Success;
        environment.Error.WriteLine(DisplayText.Plain($"Deployment job {final.Arn} ended {final.RawStatus}"
            + (final.RawFailureCode is { } failure ? $" with {failure}" : string.Empty)
            + (string.IsNullOrEmpty(final.FailureReason) ? "." : $": {final.FailureReason}")));
        return ExitCodes.DeploymentFailed;
    }

    private static string Outcome(DeploymentJob final)
    {
        var color = final.Status is DeploymentStatus.Succeeded ? "green" : "red";
        var failure = final.RawFailureCode is { } code ? $" ({DisplayText.Markup(code)})" : string.Empty;
        return $"Deployment job [bold]{DisplayText.Markup(Names.Short(final.Arn))}[/] ended [{color}]{DisplayText.Markup(final.RawStatus ?? "-")}[/]{failure}.";
    }

    private static string Outcome(DescribeDeploymentJobResponse final)
    {
        var robots = final.RobotDeploymentSummary.Count;
        var succeeded = final.RobotDeploymentSummary.Count(static r => r.Status is RobotStatus.InSync);
        var color = final.Status is DeploymentStatus.Succeeded ? "green" : "red";
        return $"Deployment job [bold]{DisplayText.Markup(Names.Short(final.Arn))}[/] ended [{color}]{DisplayText.Markup(final.RawStatus ?? "-")}[/]: {succeeded} of {robots} robots succeeded.";
    }
}
