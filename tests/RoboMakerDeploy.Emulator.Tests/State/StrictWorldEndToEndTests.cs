using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.Tests.State;

/// <summary>
/// Issue 15 end to end: through the SDK client against the in-process emulator in strict mode (nothing exists until
/// created), in virtual time shared by client and emulator: the world is built through the API, a deployment meets
/// it (one robot InSync, one without a source for its architecture), and the paginators and tag operations see it.
/// </summary>
public sealed class StrictWorldEndToEndTests
{
    [Fact]
    public async Task A_world_built_through_the_API_deploys_lists_and_tags()
    {
        var clock = EmulatorHarness.NewClock();
        await using var emulator = await EmulatorHarness.StartAsync(clock, o => o.WorldMode = EmulatorWorldMode.Strict);
        using var client = EmulatorHarness.Client(emulator, clock);

        var fleet = await client.CreateFleetAsync(new CreateFleetRequest { Name = "e2e-fleet" });
        var other = await client.CreateFleetAsync(new CreateFleetRequest { Name = "e2e-spare" });
        var x86 = await client.CreateRobotAsync(new CreateRobotRequest { Name = "e2e-x86", Architecture = Architecture.X86_64, GreengrassGroupId = WorldApi.ExampleGroupId });
        var arm = await client.CreateRobotAsync(new CreateRobotRequest { Name = "e2e-arm", Architecture = Architecture.ARM64, GreengrassGroupId = WorldApi.ExampleGroupId });
        await client.RegisterRobotAsync(new RegisterRobotRequest { Fleet = fleet.Arn!, Robot = x86.Arn! });
        await client.RegisterRobotAsync(new RegisterRobotRequest { Fleet = fleet.Arn!, Robot = arm.Arn! });
        var app = await client.CreateRobotApplicationAsync(new CreateRobotApplicationRequest
        {
            Name = "e2e-app",
            RobotSoftwareSuite = new RobotSoftwareSuite { Name = RobotSoftwareSuiteType.ROS2, Version = RobotSoftwareSuiteVersionType.Foxy },
            Sources = [new SourceConfig { S3Bucket = "e2e-bundles", S3Key = "app-x86_64.tar.gz", Architecture = Architecture.X86_64 }],
        });
        var version = await client.CreateRobotApplicationVersionAsync(new CreateRobotApplicationVersionRequest { Application = app.Arn! });
        Assert.Equal("1", version.Version);

        var job = await client.CreateDeploymentJobAsync(EmulatorHarness.NewJob(fleet.Arn!) with
        {
            DeploymentApplicationConfigs = [EmulatorHarness.NewJob(fleet.Arn!).DeploymentApplicationConfigs[0] with { Application = app.Arn!, ApplicationVersion = version.Version! }],
        });
        clock.Advance(TimeSpan.FromMinutes(5));
        var final = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });

        Assert.Equal(DeploymentStatus.Failed, final.Status);
        var byRobot = final.RobotDeploymentSummary.ToDictionary(r => r.Arn!);
        Assert.Equal(2, byRobot.Count);
        Assert.Equal(RobotStatus.InSync, byRobot[x86.Arn!].Status);
        Assert.Null(byRobot[x86.Arn!].FailureCode);
        Assert.Equal(RobotStatus.Failed, byRobot[arm.Arn!].Status);
        Assert.Equal(DeploymentJobErrorCode.MissingRobotApplicationArchitecture, byRobot[arm.Arn!].FailureCode);

        // The paginators, one item a page so each walk follows a nextToken.
        var fleetPages = 0;
        var fleets = new List<string?>();
        await foreach (var page in client.ListFleetPagesAsync(new ListFleetsRequest { MaxResults = 1 }))
        {
            fleetPages++;
            fleets.AddRange(page.FleetDetails.Select(f => f.Arn));
        }
        Assert.Equal(2, fleetPages);
        Assert.Equal([fleet.Arn, other.Arn], fleets.Order());

        var robots = new List<Robot>();
        await foreach (var robot in client.ListAllRobotsAsync(new ListRobotsRequest { MaxResults = 1, Filters = [Filter.ByFleetName("e2e-fleet")] })) robots.Add(robot);
        Assert.Equal(["e2e-arm", "e2e-x86"], robots.Select(r => r.Name).Order());
        Assert.Equal(RobotStatus.InSync, robots.Single(r => r.Name == "e2e-x86").Status);
        Assert.Equal(RobotStatus.Failed, robots.Single(r => r.Name == "e2e-arm").Status);

        var apps = new List<RobotApplicationSummary>();
        await foreach (var summary in client.ListAllRobotApplicationsAsync(new ListRobotApplicationsRequest { VersionQualifier = "ALL", MaxResults = 1 })) apps.Add(summary);
        Assert.Equal(["$LATEST", "1"], apps.Select(a => a.Version).Order(StringComparer.Ordinal));
        Assert.All(apps, a => Assert.Equal(app.Arn, a.Arn));

        // Tags on the fleet: added, read back, one removed.
        await client.TagResourceAsync(new TagResourceRequest { ResourceArn = fleet.Arn!, Tags = new Dictionary<string, string> { ["team"] = "robots", ["stage"] = "e2e" } });
        var tagged = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = fleet.Arn! });
        Assert.Equal(["stage=e2e", "team=robots"], tagged.Tags!.Select(t => $"{t.Key}={t.Value}").Order(StringComparer.Ordinal));
        await client.UntagResourceAsync(new UntagResourceRequest { ResourceArn = fleet.Arn!, TagKeys = ["stage"] });
        var untagged = await client.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = fleet.Arn! });
        Assert.Equal(["team=robots"], untagged.Tags!.Select(t => $"{t.Key}={t.Value}"));
    }
}
