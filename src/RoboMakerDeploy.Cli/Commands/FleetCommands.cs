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
        var name = ResourceOptions.Name("fleet");
        var tags = ResourceOptions.Tags("fleet");
        var command = new Command("create", "Create a fleet (CreateFleet).") { name, tags };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.CreateFleetAsync(new CreateFleetRequest { Name = pr.GetRequiredValue(name), Tags = pr.GetValue(tags) }, cancellationToken),
            static (console, _, fleet) => console.Write(ResourceTables.Fleet(fleet.Arn, fleet.Name, fleet.CreatedAt, null, null, null, fleet.Tags)));
        return command;
    }

    private static Command DescribeFleet(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = ResourceOptions.Arn("fleet");
        var command = new Command("describe", "Show a fleet, its robots and its last deployment (DescribeFleet).") { fleet };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.DescribeFleetAsync(new DescribeFleetRequest { Fleet = pr.GetRequiredValue(fleet) }, cancellationToken),
            static (console, _, d) =>
            {
                console.Write(ResourceTables.Fleet(d.Arn, d.Name, d.CreatedAt, d.RawLastDeploymentStatus, d.LastDeploymentJob, d.LastDeploymentTime, d.Tags));
                console.Write(ResourceTables.Robots(d.Robots));
            });
        return command;
    }

    private static Command ListFleets(CliEnvironment environment, GlobalOptions options)
    {
        var name = ResourceOptions.NameFilter("fleet");
        var (maxItems, pageSize) = ResourceOptions.Paging("fleets", 200);
        var command = new Command("list", "List fleets, all pages (ListFleets).") { name, maxItems, pageSize };
        CommandRunner.SetCallAction(
            command, environment, options,
            async (pr, client, cancellationToken) =>
            {
                var request = new ListFleetsRequest { Filters = ResourceOptions.NameFilters(pr, name), MaxResults = pr.GetValue(pageSize) };
                return new ListFleetsResponse { FleetDetails = await ResourceOptions.TakeAsync(client.ListAllFleetsAsync(request, cancellationToken), pr.GetValue(maxItems), cancellationToken) };
            },
            static (console, _, reply) => console.Write(ResourceTables.Fleets(reply.FleetDetails)));
        return command;
    }

    private static Command DeleteFleet(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = ResourceOptions.Arn("fleet", "to delete");
        var command = new Command("delete", "Delete a fleet (DeleteFleet).") { fleet };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.DeleteFleetAsync(new DeleteFleetRequest { Fleet = pr.GetRequiredValue(fleet) }, cancellationToken),
            (console, pr, _) => console.MarkupLine($"Deleted fleet [bold]{Markup.Escape(pr.GetRequiredValue(fleet))}[/]"));
        return command;
    }
}
