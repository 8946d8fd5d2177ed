using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.WireJson;
using ModelWire = RoboMakerDeploy.Tests.Models;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>
/// CreateRobot, DeleteRobot, DescribeRobot, ListRobots, RegisterRobot and DeregisterRobot through the client: the
/// exact request, the parsed reply.
/// </summary>
public sealed class RobotWireContractTests(WireMockFixture wire) : OperationWireTests(wire)
{
    private const string FleetArn = ModelWire.FleetModelTests.FleetArn;
    private const string JobArn = ModelWire.FleetModelTests.JobArn;
    private const string RobotArn = ModelWire.FleetModelTests.RobotArn;
    private const string PostSigned = "amz-sdk-invocation-id;amz-sdk-request;content-type;host;x-amz-date";

    [Fact]
    public async Task CreateRobot_posts_every_member_and_parses_the_reply()
    {
        Reply($$$"""{"arn":"{{{RobotArn}}}","name":"robot-1","createdAt":1573257600.456,"greengrassGroupId":"9a8b7c6d-gg","architecture":"ARMHF","tags":{"site":"lab-2"}}""");

        var reply = await Client.CreateRobotAsync(new CreateRobotRequest
        {
            Name = "robot-1",
            Architecture = Architecture.ARMHF,
            GreengrassGroupId = "9a8b7c6d-gg",
            Tags = new Dictionary<string, string> { ["site"] = "lab-2" },
        });

        AssertSent("POST", "/createRobot", null, """{"name":"robot-1","architecture":"ARMHF","greengrassGroupId":"9a8b7c6d-gg","tags":{"site":"lab-2"}}""", PostSigned);
        Assert.Equal(
            new CreateRobotResponse
            {
                Arn = RobotArn,
                Name = "robot-1",
                CreatedAt = At(1573257600456),
                GreengrassGroupId = "9a8b7c6d-gg",
                Architecture = Architecture.ARMHF,
                Tags = new Dictionary<string, string> { ["site"] = "lab-2" },
            },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task DeleteRobot_posts_the_robot_and_accepts_an_empty_reply()
    {
        Reply("{}");

        var reply = await Client.DeleteRobotAsync(new DeleteRobotRequest { Robot = RobotArn });

        AssertSent("POST", "/deleteRobot", null, $$$"""{"robot":"{{{RobotArn}}}"}""", PostSigned);
        Assert.Equal(new DeleteRobotResponse(), reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task DescribeRobot_posts_the_robot_and_parses_an_unknown_status_readably()
    {
        Reply($$$"""
            {"arn":"{{{RobotArn}}}","name":"robot-1","fleetArn":"{{{FleetArn}}}","status":"Rebooting","greengrassGroupId":"9a8b7c6d-gg","createdAt":1573257600.456,"architecture":"X86_64","lastDeploymentJob":"{{{JobArn}}}","lastDeploymentTime":1573261200.5,"tags":{"site":"lab-2"}}
            """);

        var reply = await Client.DescribeRobotAsync(new DescribeRobotRequest { Robot = RobotArn });

        AssertSent("POST", "/describeRobot", null, $$$"""{"robot":"{{{RobotArn}}}"}""", PostSigned);
        Assert.Equal(
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
            },
            reply);
        Assert.Equal(RobotStatus.Unknown, reply.Status);
        Assert.Equal("Rebooting", reply.RawStatus);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task ListRobots_posts_filter_token_and_page_size_and_parses_the_page()
    {
        Reply($$$"""{"robots":[{{{ModelWire.RobotModelTests.RobotJson}}}],"nextToken":"t2"}""");

        var reply = await Client.ListRobotsAsync(new ListRobotsRequest { NextToken = "t1", MaxResults = 200, Filters = [Filter.ByFleetName("fleet-a")] });

        AssertSent("POST", "/listRobots", null, """{"nextToken":"t1","maxResults":200,"filters":[{"name":"fleetName","values":["fleet-a"]}]}""", PostSigned);
        Assert.Equal(new ListRobotsResponse { Robots = [ModelWire.RobotModelTests.RobotModel], NextToken = "t2" }, reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task RegisterRobot_posts_fleet_and_robot_and_parses_the_reply()
    {
        var json = $$$"""{"fleet":"{{{FleetArn}}}","robot":"{{{RobotArn}}}"}""";
        Reply(json);

        var reply = await Client.RegisterRobotAsync(new RegisterRobotRequest { Fleet = FleetArn, Robot = RobotArn });

        AssertSent("POST", "/registerRobot", null, json, PostSigned);
        Assert.Equal(new RegisterRobotResponse { Fleet = FleetArn, Robot = RobotArn }, reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task DeregisterRobot_posts_fleet_and_robot_and_parses_the_reply()
    {
        var json = $$$"""{"fleet":"{{{FleetArn}}}","robot":"{{{RobotArn}}}"}""";
        Reply(json);

        var reply = await Client.DeregisterRobotAsync(new DeregisterRobotRequest { Fleet = FleetArn, Robot = RobotArn });

        AssertSent("POST", "/deregisterRobot", null, json, PostSigned);
        Assert.Equal(new DeregisterRobotResponse { Fleet = FleetArn, Robot = RobotArn }, reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("architecture")]
    [InlineData("greengrassGroupId")]
    public async Task CreateRobot_without_a_required_member_fails_before_sending(string missing)
    {
        var request = new CreateRobotRequest { Name = "r", Architecture = Architecture.ARM64, GreengrassGroupId = "gg" };
        request = missing switch
        {
            "name" => request with { Name = "" },
            "architecture" => request with { RawArchitecture = null },
            _ => request with { GreengrassGroupId = "" },
        };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateRobotAsync(request));

        Assert.Equal(missing, ex.ParamName);
        Assert.Empty(Wire.Server.LogEntries);
    }
}
