using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>fleet</c>: CreateFleet, DescribeFleet, ListFleets and DeleteFleet.</summary>
internal static class FleetCommands
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var group = new Command("fleet", "Create, describe, list and delete fleets (deprecated by the service since May 2, 2022).");
        group.Subcommands.Add(CreateFleet(environment, options));
        group.Subcommands.Add(DescribeFleet(environment, options));
        group.Subcommands.Add(ListFleets(environment, options));
        group.Subcommands.Add(DeleteFleet(environment, options));
        return group;
    }

    private static Command CreateFleet(CliEnvironment environment, GlobalOptions options)
    {
        var name = CreateCommand.Required("--name", "NAME", "The name of the fleet (1-255 of a-z, A-Z, 0-9, _ and -).");
        var tags = ResourceOptions.Tags("fleet");
        var command = new Command("create", "Create a fleet (CreateFleet).") { name, tags };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var fleet = await client.CreateFleetAsync(
                new CreateFleetRequest { Name = context.ParseResult.GetRequiredValue(name), Tags = context.ParseResult.GetValue(tags) }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, fleet);
            else context.Environment.Console.Write(ResourceTables.Fleet(fleet.Arn, fleet.Name, fleet.CreatedAt, null, null, null, fleet.Tags));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DescribeFleet(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = CreateCommand.Required("--fleet", "ARN", "The ARN of the fleet.");
        var command = new Command("describe", "Show a fleet, its robots and its last deployment (DescribeFleet).") { fleet };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var d = await client.DescribeFleetAsync(new DescribeFleetRequest { Fleet = context.ParseResult.GetRequiredValue(fleet) }, cancellationToken);
            if (context.Json)
            {
                JsonOutput.Write(context.Environment.Out, d);
            }
            else
            {
                context.Environment.Console.Write(ResourceTables.Fleet(d.Arn, d.Name, d.CreatedAt, d.RawLastDeploymentStatus, d.LastDeploymentJob, d.LastDeploymentTime, d.Tags));
                context.Environment.Console.Write(ResourceTables.Robots(d.Robots));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListFleets(CliEnvironment environment, GlobalOptions options)
    {
        var name = new Option<string?>("--name") { HelpName = "NAME", Description = "Only the fleet of this name." };
        var maxItems = ResourceOptions.MaxItems("fleets");
        var pageSize = ResourceOptions.PageSize("fleets", 200);
        var command = new Command("list", "List fleets, all pages (ListFleets).") { name, maxItems, pageSize };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            var request = new ListFleetsRequest
            {
                Filters = pr.GetValue(name) is { } n ? [new Filter { Name = "name", Values = [n] }] : null,
                MaxResults = pr.GetValue(pageSize),
            };
            using var client = context.CreateClient();
            var fleets = await ResourceOptions.TakeAsync(client.ListAllFleetsAsync(request, cancellationToken), pr.GetValue(maxItems), cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, new ListFleetsResponse { FleetDetails = fleets });
            else context.Environment.Console.Write(ResourceTables.Fleets(fleets));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DeleteFleet(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = CreateCommand.Required("--fleet", "ARN", "The ARN of the fleet to delete.");
        var command = new Command("delete", "Delete a fleet (DeleteFleet).") { fleet };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var arn = context.ParseResult.GetRequiredValue(fleet);
            using var client = context.CreateClient();
            var reply = await client.DeleteFleetAsync(new DeleteFleetRequest { Fleet = arn }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
            else context.Environment.Console.MarkupLine($"Deleted fleet [bold]{Markup.Escape(arn)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
