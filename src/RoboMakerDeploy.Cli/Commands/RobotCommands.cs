using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>robot</c>: CreateRobot, DescribeRobot, ListRobots, DeleteRobot, RegisterRobot and DeregisterRobot.</summary>
internal static class RobotCommands
{
    private static readonly string[] Statuses = ["Available", "Registered", "PendingNewDeployment", "Deploying", "Failed", "InSync", "NoResponse"];

    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var group = new Command("robot", "Create, describe, list, delete, register and deregister robots (deprecated by the service since May 2, 2022).");
        group.Subcommands.Add(CreateRobot(environment, options));
        group.Subcommands.Add(DescribeRobot(environment, options));
        group.Subcommands.Add(ListRobots(environment, options));
        group.Subcommands.Add(DeleteRobot(environment, options));
        group.Subcommands.Add(Membership(environment, options, register: true));
        group.Subcommands.Add(Membership(environment, options, register: false));
        return group;
    }

    private static Command CreateRobot(CliEnvironment environment, GlobalOptions options)
    {
        var name = ResourceOptions.Name("robot");
        var architecture = ResourceOptions.OneOf("--architecture", "The robot's target architecture.", required: true, ResourceOptions.Architectures);
        var group = CreateCommand.Required("--greengrass-group-id", "ID", "The Greengrass group of the robot.");
        var tags = ResourceOptions.Tags("robot");
        var command = new Command("create", "Create a robot (CreateRobot).") { name, architecture, group, tags };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.CreateRobotAsync(
                new CreateRobotRequest { Name = pr.GetRequiredValue(name), RawArchitecture = pr.GetRequiredValue(architecture), GreengrassGroupId = pr.GetRequiredValue(group), Tags = pr.GetValue(tags) },
                cancellationToken),
            static (console, _, robot) => console.Write(ResourceTables.Robot(robot.Arn, robot.Name, null, null, robot.RawArchitecture, robot.GreengrassGroupId, robot.CreatedAt, null, robot.Tags)));
        return command;
    }

    private static Command DescribeRobot(CliEnvironment environment, GlobalOptions options)
    {
        var robot = ResourceOptions.Arn("robot");
        var command = new Command("describe", "Show a robot (DescribeRobot).") { robot };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.DescribeRobotAsync(new DescribeRobotRequest { Robot = pr.GetRequiredValue(robot) }, cancellationToken),
            static (console, _, d) => console.Write(ResourceTables.Robot(d.Arn, d.Name, d.RawStatus, d.FleetArn, d.RawArchitecture, d.GreengrassGroupId, d.CreatedAt, d.LastDeploymentJob, d.Tags)));
        return command;
    }

    private static Command ListRobots(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = new Option<string?>("--fleet") { HelpName = "NAME", Description = "Only the robots of this fleet (its name, not its ARN)." };
        var status = ResourceOptions.OneOf("--status", "Only the robots in this status.", required: false, Statuses);
        var (maxItems, pageSize) = ResourceOptions.Paging("robots", 200);
        var command = new Command("list", "List robots, all pages (ListRobots).") { fleet, status, maxItems, pageSize };
        command.Validators.Add(result =>
        {
            if (result.GetResult(fleet) is not null && result.GetResult(status) is not null)
            {
                result.AddError("--fleet and --status cannot be combined: ListRobots takes one filter.");
            }
        });
        CommandRunner.SetCallAction(
            command, environment, options,
            async (pr, client, cancellationToken) =>
            {
                Filter? filter = pr.GetValue(fleet) is { } fleetName ? Filter.ByFleetName(fleetName)
                    : pr.GetValue(status) is { } s ? new Filter { Name = "status", Values = [s] }
                    : null;
                var request = new ListRobotsRequest { Filters = filter is null ? null : [filter], MaxResults = pr.GetValue(pageSize) };
                return new ListRobotsResponse { Robots = await ResourceOptions.TakeAsync(client.ListAllRobotsAsync(request, cancellationToken), pr.GetValue(maxItems), cancellationToken) };
            },
            static (console, _, reply) => console.Write(ResourceTables.Robots(reply.Robots)));
        return command;
    }

    private static Command DeleteRobot(CliEnvironment environment, GlobalOptions options)
    {
        var robot = ResourceOptions.Arn("robot", "to delete");
        var command = new Command("delete", "Delete a robot (DeleteRobot).") { robot };
        CommandRunner.SetCallAction(
            command, environment, options,
            (pr, client, cancellationToken) => client.DeleteRobotAsync(new DeleteRobotRequest { Robot = pr.GetRequiredValue(robot) }, cancellationToken),
            (console, pr, _) => console.MarkupLine($"Deleted robot [bold]{Markup.Escape(pr.GetRequiredValue(robot))}[/]"));
        return command;
    }

    /// <summary><c>register</c> (RegisterRobot) or <c>deregister</c> (DeregisterRobot): the same two options, the same reply.</summary>
    private static Command Membership(CliEnvironment environment, GlobalOptions options, bool register)
    {
        var fleet = ResourceOptions.Arn("fleet");
        var robot = ResourceOptions.Arn("robot");
        var command = register
            ? new Command("register", "Register a robot with a fleet (RegisterRobot).") { fleet, robot }
            : new Command("deregister", "Deregister a robot from a fleet (DeregisterRobot).") { fleet, robot };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            var (fleetArn, robotArn) = (pr.GetRequiredValue(fleet), pr.GetRequiredValue(robot));
            using var client = context.CreateClient();
            if (register)
            {
                var reply = await client.RegisterRobotAsync(new RegisterRobotRequest { Fleet = fleetArn, Robot = robotArn }, cancellationToken);
                if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
                else context.Environment.Console.MarkupLine($"Registered robot [bold]{DisplayText.Markup(reply.Robot ?? robotArn)}[/] with fleet [bold]{DisplayText.Markup(reply.Fleet ?? fleetArn)}[/]");
            }
            else
            {
                var reply = await client.DeregisterRobotAsync(new DeregisterRobotRequest { Fleet = fleetArn, Robot = robotArn }, cancellationToken);
                if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
                else context.Environment.Console.MarkupLine($"Deregistered robot [bold]{DisplayText.Markup(reply.Robot ?? robotArn)}[/] from fleet [bold]{DisplayText.Markup(reply.Fleet ?? fleetArn)}[/]");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
