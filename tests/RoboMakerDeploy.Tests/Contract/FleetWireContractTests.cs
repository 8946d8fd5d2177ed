using RoboMakerDeploy.Models;
using static RoboMakerDeploy.Tests.Models.WireJson;
using ModelWire = RoboMakerDeploy.Tests.Models;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>CreateFleet, DeleteFleet, DescribeFleet and ListFleets through the client: the exact request, the parsed reply.</summary>
public sealed class FleetWireContractTests(WireMockFixture wire) : OperationWireTests(wire)
{
    private const string FleetArn = ModelWire.FleetModelTests.FleetArn;
    private const string JobArn = ModelWire.FleetModelTests.JobArn;
    private const string PostSigned = "amz-sdk-invocation-id;amz-sdk-request;content-type;host;x-amz-date";

    [Fact]
    public async Task CreateFleet_posts_name_and_tags_and_parses_the_reply()
    {
        Reply($$$"""{"arn":"{{{FleetArn}}}","name":"fleet-a","createdAt":1573257600.123,"tags":{"team":"nav"}}""");

        var reply = await Client.CreateFleetAsync(new CreateFleetRequest { Name = "fleet-a", Tags = new Dictionary<string, string> { ["team"] = "nav" } });

        AssertSent("POST", "/createFleet", null, """{"name":"fleet-a","tags":{"team":"nav"}}""", PostSigned);
        Assert.Equal(
            new CreateFleetResponse { Arn = FleetArn, Name = "fleet-a", CreatedAt = At(1573257600123), Tags = new Dictionary<string, string> { ["team"] = "nav" } },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    public async Task DeleteFleet_posts_the_fleet_and_accepts_an_empty_reply(string replyBody)
    {
        Reply(replyBody);

        var reply = await Client.DeleteFleetAsync(new DeleteFleetRequest { Fleet = FleetArn });

        AssertSent("POST", "/deleteFleet", null, $$$"""{"fleet":"{{{FleetArn}}}"}""", PostSigned);
        Assert.Equal(new DeleteFleetResponse(), reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task DescribeFleet_posts_the_fleet_and_parses_robots_and_last_deployment()
    {
        Reply($$$"""
            {"name":"fleet-a","arn":"{{{FleetArn}}}","robots":[{{{ModelWire.RobotModelTests.RobotJson}}}],"createdAt":1573257600.123,"lastDeploymentStatus":"Paused","lastDeploymentJob":"{{{JobArn}}}","lastDeploymentTime":1573261200.5,"tags":{"team":"nav"}}
            """);

        var reply = await Client.DescribeFleetAsync(new DescribeFleetRequest { Fleet = FleetArn });

        AssertSent("POST", "/describeFleet", null, $$$"""{"fleet":"{{{FleetArn}}}"}""", PostSigned);
        Assert.Equal(
            new DescribeFleetResponse
            {
                Name = "fleet-a",
                Arn = FleetArn,
                Robots = [ModelWire.RobotModelTests.RobotModel],
                CreatedAt = At(1573257600123),
                RawLastDeploymentStatus = "Paused",
                LastDeploymentJob = JobArn,
                LastDeploymentTime = At(1573261200500),
                Tags = new Dictionary<string, string> { ["team"] = "nav" },
            },
            reply);
        Assert.Equal(DeploymentStatus.Unknown, reply.LastDeploymentStatus);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task ListFleets_posts_filter_token_and_page_size_and_parses_the_page()
    {
        Reply($$$"""{"fleetDetails":[{"name":"fleet-a","arn":"{{{FleetArn}}}","createdAt":1573257600.123,"lastDeploymentStatus":"Succeeded","lastDeploymentJob":"{{{JobArn}}}","lastDeploymentTime":1573261200.5}],"nextToken":"page3"}""");

        var reply = await Client.ListFleetsAsync(new ListFleetsRequest { NextToken = "page2", MaxResults = 20, Filters = [new Filter { Name = "name", Values = ["fleet-a"] }] });

        AssertSent("POST", "/listFleets", null, """{"nextToken":"page2","maxResults":20,"filters":[{"name":"name","values":["fleet-a"]}]}""", PostSigned);
        Assert.Equal(
            new ListFleetsResponse
            {
                FleetDetails =
                [
                    new RoboMakerDeploy.Models.Fleet
                    {
                        Name = "fleet-a",
                        Arn = FleetArn,
                        CreatedAt = At(1573257600123),
                        LastDeploymentStatus = DeploymentStatus.Succeeded,
                        LastDeploymentJob = JobArn,
                        LastDeploymentTime = At(1573261200500),
                    },
                ],
                NextToken = "page3",
            },
            reply);
        AssertMetadata(reply.ResponseMetadata);
    }

    [Fact]
    public async Task ListFleets_with_nothing_set_posts_an_empty_object()
    {
        Reply("""{"fleetDetails":[]}""");

        var reply = await Client.ListFleetsAsync(new ListFleetsRequest());

        AssertSent("POST", "/listFleets", null, "{}", PostSigned);
        Assert.Empty(reply.FleetDetails);
        Assert.Null(reply.NextToken);
    }

    [Fact]
    public async Task A_missing_fleet_fails_before_anything_is_sent_naming_the_wire_field()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.DescribeFleetAsync(new DescribeFleetRequest()));

        Assert.Equal("fleet", ex.ParamName);
        Assert.Empty(Wire.Server.LogEntries);
    }
}
