using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.FleetModelTests;
using static RoboMakerDeploy.Tests.Models.WireJson;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>Wire bytes of CreateRobot, DeleteRobot, DescribeRobot, ListRobots, RegisterRobot and DeregisterRobot, every member set.</summary>
public sealed class RobotModelTests
{
    /// <summary>A list entry with every member, in the model's order (note <c>greenGrassGroupId</c>, spelled so only in <c>Robot</c>).</summary>
    internal const string RobotJson =
        """{"arn":"arn:aws:robomaker:us-west-2:123456789012:robot/robot-1/1573257600456","name":"robot-1","fleetArn":"arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/fleet-a/1573257600123","status":"Available","greenGrassGroupId":"9a8b7c6d-gg","createdAt":1573257600.456,"architecture":"ARM64","lastDeploymentJob":"arn:aws:robomaker:us-west-2:123456789012:deployment-job/dj-7xq","lastDeploymentTime":1573261200.5}""";

    internal static Robot RobotModel => new()
    {
        Arn = RobotArn,
        Name = "robot-1",
        FleetArn = FleetArn,
        Status = RobotStatus.Available,
        GreenGrassGroupId = "9a8b7c6d-gg",
        CreatedAt = At(1573257600456),
        Architecture = Architecture.ARM64,
        LastDeploymentJob = JobArn,
        LastDeploymentTime = At(1573261200500),
    };

    [Fact]
    public void CreateRobot_request_and_reply()
    {
        AssertRequest(
            new CreateRobotRequest { Name = "robot-1", Architecture = Architecture.X86_64, GreengrassGroupId = "9a8b7c6d-gg", Tags = new Dictionary<string, string> { ["site"] = "lab-2" } },
            """{"name":"robot-1","architecture":"X86_64","greengrassGroupId":"9a8b7c6d-gg","tags":{"site":"lab-2"}}""");
        // A value this SDK does not know is sent through the raw property, unchanged.
        AssertRequest(
            new CreateRobotRequest { Name = "robot-1", RawArchitecture = "RISCV64", GreengrassGroupId = "gg" },
            """{"name":"robot-1","architecture":"RISCV64","greengrassGroupId":"gg"}""");

        var reply = AssertReply(
            $$$"""{"arn":"{{{RobotArn}}}","name":"robot-1","createdAt":1573257600.456,"greengrassGroupId":"9a8b7c6d-gg","architecture":"ARMHF","tags":{"site":"lab-2"}}""",
            new CreateRobotResponse
            {
                Arn = RobotArn,
                Name = "robot-1",
                CreatedAt = At(1573257600456),
                GreengrassGroupId = "9a8b7c6d-gg",
                Architecture = Architecture.ARMHF,
                Tags = new Dictionary<string, string> { ["site"] = "lab-2" },
            });
        Assert.Equal("ARMHF", reply.RawArchitecture);
        Assert.Equal(Architecture.Unknown, Parse<CreateRobotResponse>("""{"architecture":"arm64"}""").Architecture);
    }

    [Fact]
    public void DeleteRobot_request_and_empty_reply()
    {
        AssertRequest(new DeleteRobotRequest { Robot = RobotArn }, $$$"""{"robot":"{{{RobotArn}}}"}""");
        AssertReply("{}", new DeleteRobotResponse());
    }

    [Fact]
    public void DescribeRobot_request_and_reply()
    {
        AssertRequest(new DescribeRobotRequest { Robot = RobotArn }, $$$"""{"robot":"{{{RobotArn}}}"}""");

        var reply = AssertReply(
            $$$"""
            {"arn":"{{{RobotArn}}}","name":"robot-1","fleetArn":"{{{FleetArn}}}","status":"Rebooting","greengrassGroupId":"9a8b7c6d-gg","createdAt":1573257600.456,"architecture":"X86_64","lastDeploymentJob":"{{{JobArn}}}","lastDeploymentTime":1573261200.5,"tags":{"site":"lab-2"}}
            """,
            new DescribeRobotResponse
            {
                Arn = RobotArn,
                Name = "robot-1",
                FleetArn = FleetArn,
                RawStatus = "Rebooting",
                GreengrassGroupId = "9a8b7c6d-gg",
                CreatedAt = At(1573257600456),
                Architecture = Architecture.X86_64,
                LastDeploymentJob = JobArn,
                LastDeploymentTime = At(1573261200500),
                Tags = new Dictionary<string, string> { ["site"] = "lab-2" },
            });
        Assert.Equal(RobotStatus.Unknown, reply.Status);
        Assert.Equal("Rebooting", reply.RawStatus);
    }

    [Fact]
    public void ListRobots_request_and_reply()
    {
        AssertRequest(
            new ListRobotsRequest { NextToken = "t1", MaxResults = 200, Filters = [new Filter { Name = "status", Values = ["Registered"] }] },
            """{"nextToken":"t1","maxResults":200,"filters":[{"name":"status","values":["Registered"]}]}""");
        AssertRequest(new ListRobotsRequest { Filters = [Filter.ByFleetName("fleet-a")] }, """{"filters":[{"name":"fleetName","values":["fleet-a"]}]}""");

        var reply = AssertReply(
            $$$"""{"robots":[{{{RobotJson}}},{"name":"robot-2","status":"Asleep"}],"nextToken":"t2"}""",
            new ListRobotsResponse { Robots = [RobotModel, new Robot { Name = "robot-2", RawStatus = "Asleep" }], NextToken = "t2" });
        Assert.Equal(RobotStatus.Unknown, reply.Robots[1].Status);
        Assert.Equal("Asleep", reply.Robots[1].RawStatus);
    }

    [Fact]
    public void The_list_entry_reads_greenGrassGroupId_and_the_describe_reply_greengrassGroupId()
    {
        // The model spells the member differently in Robot and in DescribeRobotResponse; each reads only its own.
        Assert.Equal("g1", Parse<Robot>("""{"greenGrassGroupId":"g1"}""").GreenGrassGroupId);
        Assert.Null(Parse<Robot>("""{"greengrassGroupId":"g1"}""").GreenGrassGroupId);
        Assert.Equal("g1", Parse<DescribeRobotResponse>("""{"greengrassGroupId":"g1"}""").GreengrassGroupId);
    }

    [Fact]
    public void RegisterRobot_request_and_reply()
    {
        var json = $$$"""{"fleet":"{{{FleetArn}}}","robot":"{{{RobotArn}}}"}""";
        AssertRequest(new RegisterRobotRequest { Fleet = FleetArn, Robot = RobotArn }, json);
        AssertReply(json, new RegisterRobotResponse { Fleet = FleetArn, Robot = RobotArn });
    }

    [Fact]
    public void DeregisterRobot_request_and_reply()
    {
        var json = $$$"""{"fleet":"{{{FleetArn}}}","robot":"{{{RobotArn}}}"}""";
        AssertRequest(new DeregisterRobotRequest { Fleet = FleetArn, Robot = RobotArn }, json);
        AssertReply(json, new DeregisterRobotResponse { Fleet = FleetArn, Robot = RobotArn });
    }

    [Fact]
    public void Setting_Unknown_on_a_request_is_left_for_validation_to_refuse_by_wire_path()
    {
        // Validation (not the setter, which knows only the C# name) refuses it: see WirePathParamNameTests.
        var request = new CreateRobotRequest { Architecture = Architecture.Unknown };
        Assert.Equal("Architecture.Unknown", request.RawArchitecture);
        Assert.Equal(Architecture.Unknown, request.Architecture);
    }
}
