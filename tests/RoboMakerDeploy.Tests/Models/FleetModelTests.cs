using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.WireJson;

namespace RoboMakerDeploy.Tests.Models;

/// <summary>Wire bytes of CreateFleet, DeleteFleet, DescribeFleet and ListFleets, every member set.</summary>
public sealed class FleetModelTests
{
    internal const string FleetArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/fleet-a/1573257600123";
    internal const string JobArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/dj-7xq";
    internal const string RobotArn = "arn:aws:robomaker:us-west-2:123456789012:robot/robot-1/1573257600456";

    [Fact]
    public void CreateFleet_request_and_reply()
    {
        AssertRequest(
            new CreateFleetRequest { Name = "fleet-a", Tags = new Dictionary<string, string> { ["team"] = "nav", ["env"] = "" } },
            """{"name":"fleet-a","tags":{"team":"nav","env":""}}""");
        AssertRequest(new CreateFleetRequest { Name = "fleet-a" }, """{"name":"fleet-a"}""");

        AssertReply(
            $$$"""{"arn":"{{{FleetArn}}}","name":"fleet-a","createdAt":1573257600.123,"tags":{"team":"nav"}}""",
            new CreateFleetResponse
            {
                Arn = FleetArn,
                Name = "fleet-a",
                CreatedAt = At(1573257600123),
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
            });
    }

    [Fact]
    public void DeleteFleet_request_and_empty_reply()
    {
        AssertRequest(new DeleteFleetRequest { Fleet = FleetArn }, $$$"""{"fleet":"{{{FleetArn}}}"}""");
        AssertReply("{}", new DeleteFleetResponse());
    }

    [Fact]
    public void DescribeFleet_request_and_reply_with_its_robots()
    {
        AssertRequest(new DescribeFleetRequest { Fleet = FleetArn }, $$$"""{"fleet":"{{{FleetArn}}}"}""");

        var reply = AssertReply(
            $$$"""
            {"name":"fleet-a","arn":"{{{FleetArn}}}","robots":[{{{RobotModelTests.RobotJson}}},{"arn":"arn:r2","status":"Hibernating","architecture":"RISCV64"}],"createdAt":1573257600.123,"lastDeploymentStatus":"Paused","lastDeploymentJob":"{{{JobArn}}}","lastDeploymentTime":1573261200.5,"tags":{"team":"nav"}}
            """,
            new DescribeFleetResponse
            {
                Name = "fleet-a",
                Arn = FleetArn,
                Robots = [RobotModelTests.RobotModel, new Robot { Arn = "arn:r2", RawStatus = "Hibernating", RawArchitecture = "RISCV64" }],
                CreatedAt = At(1573257600123),
                RawLastDeploymentStatus = "Paused",
                LastDeploymentJob = JobArn,
                LastDeploymentTime = At(1573261200500),
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
            });

        // Values this SDK does not know stay readable.
        Assert.Equal(DeploymentStatus.Unknown, reply.LastDeploymentStatus);
        Assert.Equal("Paused", reply.RawLastDeploymentStatus);
        Assert.Equal(RobotStatus.Unknown, reply.Robots[1].Status);
        Assert.Equal("Hibernating", reply.Robots[1].RawStatus);
        Assert.Equal(Architecture.Unknown, reply.Robots[1].Architecture);
        Assert.Equal("RISCV64", reply.Robots[1].RawArchitecture);
        Assert.Equal(RobotStatus.Available, reply.Robots[0].Status);
    }

    [Fact]
    public void ListFleets_request_and_reply()
    {
        AssertRequest(
            new ListFleetsRequest { NextToken = "page+2/abc=", MaxResults = 20, Filters = [new Filter { Name = "name", Values = ["fleet-a"] }] },
            // The SDK's writer escapes '+' as \u002B: the same JSON string.
            """{"nextToken":"page\u002B2/abc=","maxResults":20,"filters":[{"name":"name","values":["fleet-a"]}]}""");
        AssertRequest(new ListFleetsRequest(), "{}");

        var reply = AssertReply(
            $$$"""
            {"fleetDetails":[{"name":"fleet-a","arn":"{{{FleetArn}}}","createdAt":1573257600.123,"lastDeploymentStatus":"Succeeded","lastDeploymentJob":"{{{JobArn}}}","lastDeploymentTime":1573261200.5},{"name":"fleet-b","lastDeploymentStatus":"Rolling"}],"nextToken":"page3"}
            """,
            new ListFleetsResponse
            {
                FleetDetails =
                [
                    new Fleet
                    {
                        Name = "fleet-a",
                        Arn = FleetArn,
                        CreatedAt = At(1573257600123),
                        LastDeploymentStatus = DeploymentStatus.Succeeded,
                        LastDeploymentJob = JobArn,
                        LastDeploymentTime = At(1573261200500),
                    },
                    new Fleet { Name = "fleet-b", RawLastDeploymentStatus = "Rolling" },
                ],
                NextToken = "page3",
            });
        Assert.Equal(DeploymentStatus.Unknown, reply.FleetDetails[1].LastDeploymentStatus);
        Assert.Equal("Rolling", reply.FleetDetails[1].RawLastDeploymentStatus);
    }

    [Fact]
    public void A_reply_without_lists_parses_to_empty_lists_not_null()
    {
        Assert.Empty(Parse<ListFleetsResponse>("{}").FleetDetails);
        Assert.Empty(Parse<DescribeFleetResponse>("""{"robots":null}""").Robots);
    }
}
