using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>list</c>: every page of ListDeploymentJobs through the SDK's paginator.</summary>
internal static class ListCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = new Option<string?>("--fleet") { HelpName = "NAME", Description = "Only the jobs of this fleet (its name, not its ARN)." };
        var status = new Option<string[]?>("--status")
        {
            HelpName = "S",
            Description = "Only jobs in this status (repeatable, up to 3): " + string.Join(", ", OptionParsers.Statuses) + ".",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            CustomParser = OptionParsers.ParseStatuses,
        };
        var maxItems = new Option<int?>("--max-items") { HelpName = "N", Description = "Stop after N jobs. Default: every job, across all pages.", CustomParser = OptionParsers.ParsePositiveInt };
        var pageSize = new Option<int?>("--page-size") { HelpName = "N", Description = "Jobs per request (1-200). Default: the service's.", CustomParser = OptionParsers.IntInRange(1, 200) };
        var command = new Command("list", "List deployment jobs, all pages (ListDeploymentJobs).") { fleet, status, maxItems, pageSize };
        command.Validators.Add(result =>
        {
            // Token counts, not values: a value that failed to parse already carries its own error.
            var statusCount = result.GetResult(status)?.Tokens.Count ?? 0;
            if (result.GetResult(fleet) is not null && statusCount > 0)
            {
                result.AddError("--fleet and --status cannot be combined: ListDeploymentJobs takes one filter.");
            }
            if (statusCount > 3) result.AddError("--status may be given at most 3 times.");
        });

        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            Filter? filter = pr.GetValue(fleet) is { } fleetName ? Filter.ByFleetName(fleetName)
                : pr.GetValue(status) is { Length: > 0 } statuses ? new Filter { Name = "status", Values = statuses }
                : null;
            var request = new ListDeploymentJobsRequest { Filters = filter is null ? null : [filter], MaxResults = pr.GetValue(pageSize) };
            var limit = pr.GetValue(maxItems) ?? int.MaxValue;

            using var client = context.CreateClient();
            var jobs = new List<DeploymentJob>();
            if (limit > 0)
            {
                await foreach (var job in client.ListAllDeploymentJobsAsync(request, cancellationToken))
                {
                    jobs.Add(job);
                    if (jobs.Count >= limit) break;
                }
            }
            if (context.Json) JsonOutput.Write<IReadOnlyList<DeploymentJob>>(context.Environment.Out, jobs);
            else context.Environment.Console.Write(JobTables.Jobs(jobs));
            return ExitCodes.Success;
        });
        return command;
    }
}
