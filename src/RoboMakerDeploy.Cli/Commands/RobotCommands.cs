using System.CommandLine;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary><c>robot</c>: CreateRobot, DescribeRobot, ListRobots, DeleteRobot, RegisterRobot and DeregisterRobot.</summary>
internal static class RobotCommands
{
    private static readonly string[] Architectures = ["X86_64", "ARM64", "ARMHF"];
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
        var name = CreateCommand.Required("--name", "NAME", "The name of the robot (1-255 of a-z, A-Z, 0-9, _ and -).");
        var architecture = ResourceOptions.OneOf("--architecture", "The robot's target architecture.", required: true, Architectures);
        var group = CreateCommand.Required("--greengrass-group-id", "ID", "The Greengrass group of the robot.");
        var tags = ResourceOptions.Tags("robot");
        var command = new Command("create", "Create a robot (CreateRobot).") { name, architecture, group, tags };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            using var client = context.CreateClient();
            var robot = await client.CreateRobotAsync(
                new CreateRobotRequest
                {
                    Name = pr.GetRequiredValue(name),
                    RawArchitecture = pr.GetRequiredValue(architecture),
                    GreengrassGroupId = pr.GetRequiredValue(group),
                    Tags = pr.GetValue(tags),
                },
                cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, robot);
            else context.Environment.Console.Write(ResourceTables.Robot(robot.Arn, robot.Name, null, null, robot.RawArchitecture, robot.GreengrassGroupId, robot.CreatedAt, null, robot.Tags));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DescribeRobot(CliEnvironment environment, GlobalOptions options)
    {
        var robot = CreateCommand.Required("--robot", "ARN", "The ARN of the robot.");
        var command = new Command("describe", "Show a robot (DescribeRobot).") { robot };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var d = await client.DescribeRobotAsync(new DescribeRobotRequest { Robot = context.ParseResult.GetRequiredValue(robot) }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, d);
            else context.Environment.Console.Write(ResourceTables.Robot(d.Arn, d.Name, d.RawStatus, d.FleetArn, d.RawArchitecture, d.GreengrassGroupId, d.CreatedAt, d.LastDeploymentJob, d.Tags));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListRobots(CliEnvironment environment, GlobalOptions options)
    {
        var fleet = new Option<string?>("--fleet") { HelpName = "NAME", Description = "Only the robots of this fleet (its name, not its ARN)." };
        var status = ResourceOptions.OneOf("--status", "Only the robots in this status.", required: false, Statuses);
        var maxItems = ResourceOptions.MaxItems("robots");
        var pageSize = ResourceOptions.PageSize("robots", 200);
        var command = new Command("list", "List robots, all pages (ListRobots).") { fleet, status, maxItems, pageSize };
        command.Validators.Add(result =>
        {
            if (result.GetResult(fleet) is not null && result.GetResult(status) is not null)
            {
                result.AddError("--fleet and --status cannot be combined: ListRobots takes one filter.");
            }
        });
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var pr = context.ParseResult;
            Filter? filter = pr.GetValue(fleet) is { } fleetName ? Filter.ByFleetName(fleetName)
                : pr.GetValue(status) is { } s ? new Filter { Name = "status", Values = [s] }
                : null;
            var request = new ListRobotsRequest { Filters = filter is null ? null : [filter], MaxResults = pr.GetValue(pageSize) };
            using var client = context.CreateClient();
            var robots = await ResourceOptions.TakeAsync(client.ListAllRobotsAsync(request, cancellationToken), pr.GetValue(maxItems), cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, new ListRobotsResponse { Robots = robots });
            else context.Environment.Console.Write(ResourceTables.Robots(robots));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command DeleteRobot(CliEnvironment environment, GlobalOptions options)
    {
        var robot = CreateCommand.Required("--robot", "ARN", "The ARN of the robot to delete.");
        var command = new Command("delete", "Delete a robot (DeleteRobot).") { robot };
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var arn = context.ParseResult.GetRequiredValue(robot);
            using var client = context.CreateClient();
            var reply = await client.DeleteRobotAsync(new DeleteRobotRequest { Robot = arn }, cancellationToken);
            if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
            else context.Environment.Console.MarkupLine($"Deleted robot [bold]{Markup.Escape(arn)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>register</c> (RegisterRobot) or <c>deregister</c> (DeregisterRobot): the same two options, the same reply.</summary>
    private static Command Membership(CliEnvironment environment, GlobalOptions options, bool register)
    {
        var fleet = CreateCommand.Required("--fleet", "ARN", "The ARN of the fleet.");
        var robot = CreateCommand.Required("--robot", "ARN", "The ARN of the robot.");
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
                else context.Environment.Console.MarkupLine($"Registered robot [bold]{Markup.Escape(reply.Robot ?? robotArn)}[/] with fleet [bold]{Markup.Escape(reply.Fleet ?? fleetArn)}[/]");
            }
            else
            {
                var reply = await client.DeregisterRobotAsync(new DeregisterRobotRequest { Fleet = fleetArn, Robot = robotArn }, cancellationToken);
                if (context.Json) JsonOutput.Write(context.Environment.Out, reply);
                else context.Environment.Console.MarkupLine($"Deregistered robot [bold]{Markup.Escape(reply.Robot ?? robotArn)}[/] from fleet [bold]{Markup.Escape(reply.Fleet ?? fleetArn)}[/]");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
