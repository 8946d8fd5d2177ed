using System.CommandLine;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>wait</c>: waits for one job, several jobs or a fleet's latest job to end (the SDK's adaptive waiters).</summary>
internal static class WaitCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var job = new Option<string[]>("--job")
        {
            HelpName = "ARN",
            Description = "The ARN of a deployment job to wait for; repeat it to wait for several jobs at once (one ListDeploymentJobs call per round watches them all).",
            AllowMultipleArgumentsPerToken = true,
        };
        var fleet = new Option<string?>("--fleet") { HelpName = "NAME", Description = "Wait for the latest deployment job of this fleet (its name or ARN) instead of naming a job." };
        var timeout = new Option<int?>("--timeout") { HelpName = "SECONDS", Description = "Give up (exit code 1) when the jobs have not ended after this many seconds. Default: wait until they end.", CustomParser = OptionParsers.ParsePositiveInt };
        var command = new Command(
            "wait",
            "Wait until deployment jobs end, with a progress bar per robot on a terminal (one line per change when output is redirected). Polls adaptively, from each job's own progress. Exit code 0 when every job succeeded, 3 when one failed or was canceled.")
        {
            job, fleet, timeout,
        };
        command.Validators.Add(result =>
        {
            var jobs = result.GetValue(job) ?? [];
            var hasFleet = result.GetResult(fleet) is not null;
            if (jobs.Length == 0 && !hasFleet) result.AddError("Name the jobs to wait for with --job ARN (repeatable), or a fleet with --fleet NAME.");
            else if (jobs.Length > 0 && hasFleet) result.AddError("--job and --fleet cannot be combined: --fleet waits for the fleet's latest job.");
        });
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var seconds = context.ParseResult.GetValue(timeout);
            var limit = seconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
            if (context.ParseResult.GetValue(fleet) is { } fleetName)
            {
                var waitOptions = context.WaitOptions(limit);
                var final = await JobWaiting.ProgressView(context).RunAsync(progress => client.WaitForFleetDeploymentAsync(fleetName, waitOptions, progress, cancellationToken));
                return JobWaiting.Report(context, final);
            }
            var jobs = context.ParseResult.GetValue(job)!.Distinct(StringComparer.Ordinal).ToArray();
            return jobs.Length == 1
                ? await JobWaiting.WaitAndReportAsync(context, client, jobs[0], limit, cancellationToken)
                : await JobWaiting.WaitForManyAndReportAsync(context, client, jobs, limit, cancellationToken);
        });
        return command;
    }
}
