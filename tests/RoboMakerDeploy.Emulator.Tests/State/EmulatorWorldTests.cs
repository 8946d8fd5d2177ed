using System.Net;
using System.Text.Json;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;

namespace RoboMakerDeploy.Emulator.Tests.State;

/// <summary>The fleet, robot, robot-application and tag operations over HTTP, and deployments acting on the world.</summary>
public class EmulatorWorldTests
{
    internal static void Strict(RoboMakerEmulatorOptions options)
    {
        options.RequireSignatures = false;
        options.WorldMode = EmulatorWorldMode.Strict;
    }

    internal static CreateDeploymentJobRequest Deploy(string fleet, string application, string version = "1", DeploymentConfig? config = null)
    {
        var job = NewJob(fleet, config);
        return job with { DeploymentApplicationConfigs = [job.DeploymentApplicationConfigs[0] with { Application = application, ApplicationVersion = version }] };
    }

    [Fact]
    public async Task Fleets_are_created_described_listed_and_deleted_with_the_models_members()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, Strict);
        using var api = new WorldApi(emulator.Endpoint);

        var created = await api.PostAsync("/createFleet", """{"name":"warehouse","tags":{"team":"robots"}}""");
        var arn = created.GetProperty("arn").GetString()!;
        var described = await api.PostAsync("/describeFleet", $$"""{"fleet":"{{arn}}"}""");
        var listed = await api.PostAsync("/listFleets", """{"filters":[{"name":"name","values":["warehouse"]}]}""");
        await api.PostAsync("/deleteFleet", $$"""{"fleet":"{{arn}}"}""");
        var gone = await api.FailAsync("/describeFleet", $$"""{"fleet":"{{arn}}"}""");

        Assert.Matches(@"^arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/warehouse/\d{13}$", arn);
        Assert.Equal(["arn", "name", "createdAt", "tags"], created.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Start.ToUnixTimeSeconds(), created.GetProperty("createdAt").GetDouble());
        Assert.Equal("warehouse", described.GetProperty("name").GetString());
        Assert.Equal(0, described.GetProperty("robots").GetArrayLength());
        Assert.Equal("robots", described.GetProperty("tags").GetProperty("team").GetString());
        Assert.Equal(arn, listed.GetProperty("fleetDetails")[0].GetProperty("arn").GetString());
        Assert.Equal("ResourceNotFoundException", gone.ErrorType);
    }

    [Fact]
    public async Task Robots_are_created_registered_listed_described_deregistered_and_deleted()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);
        var fleet = await api.CreateFleetAsync("yard");
        var robot = await api.CreateRobotAsync("rover-1", "ARM64");

        var duplicate = await api.FailAsync("/createRobot", $$"""{"name":"rover-1","architecture":"X86_64","greengrassGroupId":"{{WorldApi.ExampleGroupId}}"}""");
        var registered = await api.RegisterAsync(fleet, robot);
        var described = await api.PostAsync("/describeRobot", $$"""{"robot":"{{robot}}"}""");
        var listed = await api.PostAsync("/listRobots", """{"filters":[{"name":"fleetName","values":["yard"]}]}""");
        var inFleet = await api.PostAsync("/describeFleet", $$"""{"fleet":"{{fleet}}"}""");
        await api.PostAsync("/deregisterRobot", $$"""{"fleet":"{{fleet}}","robot":"{{robot}}"}""");
        var available = await api.PostAsync("/describeRobot", $$"""{"robot":"{{robot}}"}""");
        await api.PostAsync("/deleteRobot", $$"""{"robot":"{{robot}}"}""");
        var gone = await api.FailAsync("/describeRobot", $$"""{"robot":"{{robot}}"}""");

        Assert.Equal("ResourceAlreadyExistsException", duplicate.ErrorType);
        Assert.Equal(robot, registered.GetProperty("robot").GetString());
        Assert.Equal("Registered", described.GetProperty("status").GetString());
        Assert.Equal(fleet, described.GetProperty("fleetArn").GetString());
        Assert.Equal(WorldApi.ExampleGroupId, described.GetProperty("greengrassGroupId").GetString());
        Assert.Equal("ARM64", described.GetProperty("architecture").GetString());
        Assert.Equal(robot, listed.GetProperty("robots")[0].GetProperty("arn").GetString());
        // The model's Robot shape (lists) spells the member greenGrassGroupId.
        Assert.Equal(WorldApi.ExampleGroupId, inFleet.GetProperty("robots")[0].GetProperty("greenGrassGroupId").GetString());
        Assert.Equal("Available", available.GetProperty("status").GetString());
        Assert.Equal("ResourceNotFoundException", gone.ErrorType);
    }

    [Fact]
    public async Task Robot_applications_have_numbered_versions_with_per_architecture_sources()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);
        emulator.PutS3Object("my-bundles", "nav/X86_64.tar.gz", "etag-x86-v1");
        var app = await api.CreateApplicationWithVersionAsync("nav", "X86_64");

        var latest = await api.PostAsync("/describeRobotApplication", $$"""{"application":"{{app}}"}""");
        var updated = await api.PostAsync("/updateRobotApplication", $$$"""{"application":"{{{app}}}","currentRevisionId":"{{{latest.GetProperty("revisionId").GetString()}}}","sources":[{"s3Bucket":"my-bundles","s3Key":"nav/ARM64.tar.gz","architecture":"ARM64"}],"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"}}""");
        var second = await api.PostAsync("/createRobotApplicationVersion", $$"""{"application":"{{app}}"}""");
        var first = await api.PostAsync("/describeRobotApplication", $$"""{"application":"{{app}}","applicationVersion":"1"}""");
        var all = await api.PostAsync("/listRobotApplications", """{"versionQualifier":"ALL"}""");
        var staleRevision = await api.FailAsync("/createRobotApplicationVersion", $$"""{"application":"{{app}}","currentRevisionId":"{{latest.GetProperty("revisionId").GetString()}}"}""");
        await api.PostAsync("/deleteRobotApplication", $$"""{"application":"{{app}}","applicationVersion":"1"}""");
        var deletedVersion = await api.FailAsync("/describeRobotApplication", $$"""{"application":"{{app}}","applicationVersion":"1"}""");

        Assert.Equal("$LATEST", latest.GetProperty("version").GetString());
        Assert.Equal("etag-x86-v1", first.GetProperty("sources")[0].GetProperty("etag").GetString());
        Assert.Equal("X86_64", first.GetProperty("sources")[0].GetProperty("architecture").GetString());
        Assert.NotEqual(latest.GetProperty("revisionId").GetString(), updated.GetProperty("revisionId").GetString());
        Assert.Equal("2", second.GetProperty("version").GetString());
        Assert.Equal("ARM64", second.GetProperty("sources")[0].GetProperty("architecture").GetString());
        Assert.Equal(["$LATEST", "1", "2"], all.GetProperty("robotApplicationSummaries").EnumerateArray().Select(s => s.GetProperty("version").GetString()));
        Assert.Equal("InvalidParameterException", staleRevision.ErrorType);
        Assert.Equal("ResourceNotFoundException", deletedVersion.ErrorType);
    }

    [Fact]
    public async Task Tags_are_added_listed_and_removed_on_every_taggable_resource_with_the_arn_in_the_path()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);
        var fleet = await api.CreateFleetAsync("tagged");
        var robot = await api.CreateRobotAsync("tagged-robot", "X86_64");
        var app = await api.CreateApplicationWithVersionAsync("tagged-app", "X86_64");

        foreach (var arn in new[] { fleet, robot, app })
        {
            var path = "/tags/" + Uri.EscapeDataString(arn);
            var (tagged, _, _) = await api.SendAsync(HttpMethod.Post, path, """{"tags":{"env":"test","owner":"a b"}}""");
            var (untagged, _, _) = await api.SendAsync(HttpMethod.Delete, path + "?tagKeys=env");
            var (listed, _, tags) = await api.SendAsync(HttpMethod.Get, path);

            Assert.Equal(HttpStatusCode.OK, tagged);
            Assert.Equal(HttpStatusCode.OK, untagged);
            Assert.Equal(HttpStatusCode.OK, listed);
            Assert.Equal("""{"tags":{"owner":"a b"}}""", tags.GetRawText());
        }
        var (status, error, _) = await api.SendAsync(HttpMethod.Get, "/tags/" + Uri.EscapeDataString("arn:aws:robomaker:us-west-2:123456789012:robot/none/1"));
        var (badKey, badKeyError, badKeyBody) = await api.SendAsync(HttpMethod.Post, "/tags/" + Uri.EscapeDataString(fleet), """{"tags":{"bad*key":"v"}}""");
        Assert.Equal((HttpStatusCode.BadRequest, "ResourceNotFoundException"), (status, error));
        Assert.Equal((HttpStatusCode.BadRequest, "InvalidParameterException"), (badKey, badKeyError));
        Assert.Contains("tags key 'bad*key'", badKeyBody.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deployment_deploys_to_the_registered_robots_and_records_itself_on_them_and_on_the_fleet()
    {
        var clock = NewClock();
        await using var emulator = await StartAsync(clock, Strict);
        using var api = new WorldApi(emulator.Endpoint);
        using var client = Client(emulator, clock);
        var fleet = await api.CreateFleetAsync("line");
        var robot = await api.CreateRobotAsync("arm-1", "X86_64");
        await api.CreateRobotAsync("unregistered", "X86_64");
        await api.RegisterAsync(fleet, robot);
        var app = await api.CreateApplicationWithVersionAsync("picker", "X86_64");

        var job = await client.CreateDeploymentJobAsync(Deploy(fleet, app));
        clock.Advance(emulator.Options.JobDuration);
        var done = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });
        var describedRobot = await api.PostAsync("/describeRobot", $$"""{"robot":"{{robot}}"}""");
        var describedFleet = await api.PostAsync("/describeFleet", $$"""{"fleet":"{{fleet}}"}""");

        Assert.Equal(DeploymentStatus.Succeeded, done.Status);
        Assert.Equal([robot], done.RobotDeploymentSummary!.Select(r => r.Arn));
        Assert.Equal("InSync", describedRobot.GetProperty("status").GetString());
        Assert.Equal(job.Arn, describedRobot.GetProperty("lastDeploymentJob").GetString());
        Assert.Equal(job.Arn, describedFleet.GetProperty("lastDeploymentJob").GetString());
        Assert.Equal("Succeeded", describedFleet.GetProperty("lastDeploymentStatus").GetString());
        Assert.Equal(Start.ToUnixTimeSeconds(), describedFleet.GetProperty("lastDeploymentTime").GetDouble());
    }

    [Fact]
    public async Task Strict_mode_refuses_an_unknown_fleet_where_auto_create_mode_creates_it()
    {
        await using var strict = await StartAsync(NewClock(), Strict);
        await using var auto = await StartAsync(NewClock(), static o => o.RequireSignatures = false);
        using var strictClient = Client(strict);
        using var autoClient = Client(auto);
        using var autoApi = new WorldApi(auto.Endpoint);
        using var strictApi = new WorldApi(strict.Endpoint);

        var refused = await Assert.ThrowsAsync<ResourceNotFoundException>(() => strictClient.CreateDeploymentJobAsync(NewJob(FleetArn("nowhere"))));
        var refusedDescribe = await strictApi.FailAsync("/describeFleet", $$"""{"fleet":"{{FleetArn("nowhere")}}"}""");
        var created = await autoClient.CreateDeploymentJobAsync(NewJob(FleetArn("nowhere")));
        var fleet = await autoApi.PostAsync("/describeFleet", $$"""{"fleet":"{{FleetArn("nowhere")}}"}""");

        Assert.Contains("does not exist", refused.Message, StringComparison.Ordinal);
        Assert.Equal("ResourceNotFoundException", refusedDescribe.ErrorType);
        Assert.NotNull(created.Arn);
        Assert.Equal(8, fleet.GetProperty("robots").GetArrayLength());
        Assert.All(fleet.GetProperty("robots").EnumerateArray(), r => Assert.Equal("X86_64", r.GetProperty("architecture").GetString()));
    }

    [Fact]
    public async Task Auto_create_mode_creates_the_application_a_deployment_names_with_its_versions_where_strict_mode_fails_the_robots()
    {
        // Before: the fleet was created but the application was not (DescribeRobotApplication: ResourceNotFound).
        var clock = NewClock();
        await using var strict = await StartAsync(clock, Strict);
        await using var auto = await StartAsync(clock, static o => o.RequireSignatures = false);
        using var strictClient = Client(strict, clock);
        using var autoClient = Client(auto, clock);
        using var strictApi = new WorldApi(strict.Endpoint);
        using var autoApi = new WorldApi(auto.Endpoint);
        const string app = "arn:aws:robomaker:us-west-2:123456789012:robot-application/auto-app/1600000000000";
        var strictFleet = await strictApi.CreateFleetAsync("strict-yard");
        await strictApi.RegisterAsync(strictFleet, await strictApi.CreateRobotAsync("rover", "X86_64"));

        var strictJob = await strictClient.CreateDeploymentJobAsync(Deploy(strictFleet, app, "2"));
        var first = await autoClient.CreateDeploymentJobAsync(Deploy(FleetArn("auto-yard"), app, "2"));
        var described = await autoApi.PostAsync("/describeRobotApplication", $$"""{"application":"{{app}}","applicationVersion":"2"}""");
        var listed = await autoApi.PostAsync("/listRobotApplications", """{"versionQualifier":"ALL"}""");
        clock.Advance(auto.Options.JobDuration);
        var firstDone = await autoClient.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = first.Arn! });
        var second = await autoClient.CreateDeploymentJobAsync(Deploy(FleetArn("auto-yard"), app, "3")); // a later version is made too
        clock.Advance(auto.Options.JobDuration);
        var secondDone = await autoClient.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = second.Arn! });
        var strictDone = await strictClient.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = strictJob.Arn! });
        var strictApp = await strictApi.FailAsync("/describeRobotApplication", $$"""{"application":"{{app}}"}""");

        Assert.Equal(app, described.GetProperty("arn").GetString());
        Assert.Equal("auto-app", described.GetProperty("name").GetString());
        Assert.Equal("2", described.GetProperty("version").GetString());
        Assert.Equal("General", described.GetProperty("robotSoftwareSuite").GetProperty("name").GetString());
        Assert.Equal(["X86_64", "ARM64", "ARMHF"], described.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("architecture").GetString()));
        Assert.Equal("s3://robomaker-emulator-auto-created/auto-app/X86_64.tar.gz",
            $"s3://{described.GetProperty("sources")[0].GetProperty("s3Bucket").GetString()}/{described.GetProperty("sources")[0].GetProperty("s3Key").GetString()}");
        // $LATEST and versions 1 and 2: the versions up to the one deployed.
        Assert.Equal(["$LATEST", "1", "2"], listed.GetProperty("robotApplicationSummaries").EnumerateArray().Select(a => a.GetProperty("version").GetString()));
        Assert.Equal(DeploymentStatus.Succeeded, firstDone.Status);
        Assert.Equal(DeploymentStatus.Succeeded, secondDone.Status);
        Assert.Equal(DeploymentStatus.Failed, strictDone.Status);
        Assert.Equal(DeploymentJobErrorCode.RobotApplicationDoesNotExist, strictDone.FailureCode);
        Assert.Equal("ResourceNotFoundException", strictApp.ErrorType);
    }

    [Fact]
    public async Task Auto_create_mode_leaves_created_and_deleted_applications_and_versions_as_they_are()
    {
        var clock = NewClock();
        await using var auto = await StartAsync(clock, static o => o.RequireSignatures = false);
        using var client = Client(auto, clock);
        using var api = new WorldApi(auto.Endpoint);
        var created = await api.CreateApplicationWithVersionAsync("made-by-api", "X86_64"); // version 1 only
        const string deleted = "arn:aws:robomaker:us-west-2:123456789012:robot-application/deleted-app/1600000000001";
        var first = await client.CreateDeploymentJobAsync(Deploy(FleetArn("yard-a"), deleted, "2"));
        clock.Advance(auto.Options.JobDuration);
        await api.PostAsync("/deleteRobotApplication", $$"""{"application":"{{deleted}}","applicationVersion":"1"}""");

        var missingVersion = await client.CreateDeploymentJobAsync(Deploy(FleetArn("yard-b"), created, "2"));
        var deletedVersion = await client.CreateDeploymentJobAsync(Deploy(FleetArn("yard-c"), deleted, "1"));
        await api.PostAsync("/deleteRobotApplication", $$"""{"application":"{{deleted}}"}""");
        var deletedApp = await client.CreateDeploymentJobAsync(Deploy(FleetArn("yard-d"), deleted, "2"));
        clock.Advance(auto.Options.JobDuration);

        Assert.NotNull(first.Arn);
        foreach (var job in new[] { missingVersion, deletedVersion, deletedApp })
        {
            var done = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });
            Assert.Equal(DeploymentStatus.Failed, done.Status);
            Assert.Equal(DeploymentJobErrorCode.RobotApplicationDoesNotExist, done.FailureCode);
        }
        Assert.Equal("ResourceNotFoundException", (await api.FailAsync("/describeRobotApplication", $$"""{"application":"{{deleted}}"}""")).ErrorType);
        var versions = await api.PostAsync("/listRobotApplications", """{"versionQualifier":"ALL"}""");
        Assert.Equal(["$LATEST", "1"], versions.GetProperty("robotApplicationSummaries").EnumerateArray().Select(a => a.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Requests_are_validated_against_the_model_before_anything_changes()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);

        var badName = await api.FailAsync("/createFleet", """{"name":"has space"}""");
        var missing = await api.FailAsync("/createRobot", """{"name":"r","architecture":"SPARC"}""");
        var badList = await api.FailAsync("/listRobots", """{"maxResults":0}""");

        Assert.Equal(("InvalidParameterException", "1 validation error detected: Value 'has space' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_\\-]*"), badName);
        Assert.Equal("InvalidParameterException", missing.ErrorType);
        Assert.StartsWith("2 validation errors detected: ", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Value null at 'greengrassGroupId' failed to satisfy constraint: Member must not be null", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Value 'SPARC' at 'architecture' failed to satisfy constraint: Member must satisfy enum value set: [X86_64, ARM64, ARMHF]", missing.Message, StringComparison.Ordinal);
        Assert.Equal("InvalidParameterException", badList.ErrorType);
        Assert.Equal(0, (await api.PostAsync("/listFleets", "{}")).GetProperty("fleetDetails").GetArrayLength());
    }

    [Fact]
    public async Task List_operations_page_with_next_token_and_max_results()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);
        for (var i = 0; i < 5; i++) await api.CreateFleetAsync($"f{i}");

        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var body = token is null ? """{"maxResults":2}""" : $$"""{"maxResults":2,"nextToken":"{{token}}"}""";
            var page = await api.PostAsync("/listFleets", body);
            names.AddRange(page.GetProperty("fleetDetails").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
            token = page.TryGetProperty("nextToken", out var next) ? next.GetString() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(["f0", "f1", "f2", "f3", "f4"], names);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task The_s3_control_endpoint_changes_the_etag_a_new_version_records()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);
        var (status, _, _) = await api.SendAsync(HttpMethod.Post, "/_emulator/s3", """{"bucket":"my-bundles","key":"ctl/X86_64.tar.gz","etag":"from-control"}""");
        var (health, _, report) = await api.SendAsync(HttpMethod.Get, "/_emulator/health");

        var app = await api.CreateApplicationWithVersionAsync("ctl", "X86_64");
        var version = await api.PostAsync("/describeRobotApplication", $$"""{"application":"{{app}}","applicationVersion":"1"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, health);
        Assert.Equal("strict", report.GetProperty("worldMode").GetString());
        Assert.Equal("from-control", version.GetProperty("sources")[0].GetProperty("etag").GetString());
    }

    [Fact]
    public async Task Replies_are_the_exact_bytes_the_model_describes()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        var seconds = Start.ToUnixTimeSeconds();
        var id = Start.ToUnixTimeMilliseconds();

        using var fleet = await http.PostAsync(new Uri("createFleet", UriKind.Relative), new StringContent("""{"name":"exact","tags":{"k":"v+1"}}"""));
        using var robot = await http.PostAsync(new Uri("createRobot", UriKind.Relative), new StringContent("""{"name":"r1","architecture":"ARMHF","greengrassGroupId":"g"}"""));

        Assert.Equal($$$"""{"arn":"arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/exact/{{{id}}}","name":"exact","createdAt":{{{seconds}}},"tags":{"k":"v+1"}}""", await fleet.Content.ReadAsStringAsync());
        Assert.Equal($$"""{"arn":"arn:aws:robomaker:us-west-2:123456789012:robot/r1/{{id + 1}}","name":"r1","createdAt":{{seconds}},"greengrassGroupId":"g","architecture":"ARMHF"}""", await robot.Content.ReadAsStringAsync());
    }
}
