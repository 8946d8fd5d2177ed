using System.Net;
using System.Text.Json;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.EmulatorHarness;
using static RoboMakerDeploy.Emulator.Tests.State.EmulatorWorldTests;

namespace RoboMakerDeploy.Emulator.Tests.Persistence;

/// <summary>The state file (RoboMakerEmulatorOptions.StateFile, --state-file): a world saved and loaded into a new emulator, in virtual time.</summary>
public sealed class EmulatorStateFileTests : IDisposable
{
    private readonly string _stateFile = Path.Combine(Path.GetTempPath(), $"emulator-world-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_stateFile);

    /// <summary>Every read operation's reply about the world, as JSON text, for comparing two emulators at one instant.</summary>
    private static async Task<List<string>> ReadWorldAsync(WorldApi api, string fleet, string[] robots, string app, string[] jobs)
    {
        var replies = new List<string>
        {
            (await api.PostAsync("/listFleets", "{}")).GetRawText(),
            (await api.PostAsync("/describeFleet", $$"""{"fleet":"{{fleet}}"}""")).GetRawText(),
            (await api.PostAsync("/listRobots", "{}")).GetRawText(),
            (await api.PostAsync("/listRobotApplications", "{}")).GetRawText(),
            (await api.PostAsync("/describeRobotApplication", $$"""{"application":"{{app}}"}""")).GetRawText(),
            (await api.PostAsync("/describeRobotApplication", $$"""{"application":"{{app}}","applicationVersion":"1"}""")).GetRawText(),
            (await api.PostAsync("/listDeploymentJobs", "{}")).GetRawText(),
            (await api.SendAsync(HttpMethod.Get, "/tags/" + Uri.EscapeDataString(fleet))).Body.GetRawText(),
        };
        foreach (var robot in robots) replies.Add((await api.PostAsync("/describeRobot", $$"""{"robot":"{{robot}}"}""")).GetRawText());
        foreach (var job in jobs) replies.Add((await api.PostAsync("/describeDeploymentJob", $$"""{"job":"{{job}}"}""")).GetRawText());
        return replies;
    }

    [Fact]
    public async Task A_saved_world_loads_into_a_new_emulator_with_the_same_fleets_robots_applications_and_jobs()
    {
        var clock = NewClock();
        await using var first = await StartAsync(clock, Strict);
        using var api = new WorldApi(first.Endpoint);
        var fleet = await api.CreateFleetAsync("plant");
        var x86 = await api.CreateRobotAsync("x86", "X86_64");
        var arm = await api.CreateRobotAsync("arm", "ARM64");
        await api.RegisterAsync(fleet, x86);
        await api.RegisterAsync(fleet, arm);
        var app = await api.CreateApplicationWithVersionAsync("app", "X86_64", "ARM64");
        await api.PostAsync("/tags/" + Uri.EscapeDataString(fleet), """{"tags":{"site":"berlin"}}""");
        using var client = Client(first, clock);
        var done = await client.CreateDeploymentJobAsync(Deploy(fleet, app));
        clock.Advance(first.Options.JobDuration);
        var canceled = await client.CreateDeploymentJobAsync(Deploy(fleet, app));
        clock.Advance(first.Options.JobDuration / 4);
        await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = canceled.Arn! });
        // The ARM64 source changes after the version was made: the next job fails on that robot with EtagMismatch.
        first.PutS3Object("my-bundles", "app/ARM64.tar.gz", "changed-etag");
        var running = await client.CreateDeploymentJobAsync(Deploy(fleet, app));
        clock.Advance(first.Options.JobDuration / 2);
        string[] robots = [x86, arm];
        string[] jobs = [done.Arn!, canceled.Arn!, running.Arn!];

        var path = await first.SaveStateAsync(_stateFile);
        var before = await ReadWorldAsync(api, fleet, robots, app, jobs);
        await using var second = await StartAsync(clock, o =>
        {
            Strict(o);
            o.StateFile = _stateFile;
        });
        using var secondApi = new WorldApi(second.Endpoint);
        var after = await ReadWorldAsync(secondApi, fleet, robots, app, jobs);
        clock.Advance(first.Options.JobDuration);
        var finished = await secondApi.PostAsync("/describeDeploymentJob", $$"""{"job":"{{running.Arn}}"}""");
        var next = await Client(second, clock).CreateDeploymentJobAsync(Deploy(fleet, app));

        Assert.Equal(Path.GetFullPath(_stateFile), path);
        Assert.Equal(before, after);
        Assert.Contains("\"status\":\"InProgress\"", before[^1], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Canceled\"", before[^2], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Succeeded\"", before[^3], StringComparison.Ordinal);
        Assert.Equal("Failed", finished.GetProperty("status").GetString());
        Assert.Equal("EtagMismatch", finished.GetProperty("failureCode").GetString());
        Assert.DoesNotContain(next.Arn, jobs);
    }

    [Fact]
    public async Task An_application_the_auto_create_mode_made_is_still_one_after_a_reload_and_gets_the_next_version_deployed()
    {
        var clock = NewClock();
        const string app = "arn:aws:robomaker:us-west-2:123456789012:robot-application/kept-app/1600000000000";
        await using (var first = await StartAsync(clock, o =>
        {
            o.RequireSignatures = false;
            o.StateFile = _stateFile;
        }))
        {
            await Client(first, clock).CreateDeploymentJobAsync(Deploy(FleetArn("yard"), app, "1"));
            clock.Advance(first.Options.JobDuration);
        }

        await using var second = await StartAsync(clock, o =>
        {
            o.RequireSignatures = false;
            o.StateFile = _stateFile;
        });
        using var client = Client(second, clock);
        var job = await client.CreateDeploymentJobAsync(Deploy(FleetArn("yard"), app, "2"));
        clock.Advance(second.Options.JobDuration);
        var done = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = job.Arn! });
        using var api = new WorldApi(second.Endpoint);
        var versions = await api.PostAsync("/listRobotApplications", """{"versionQualifier":"ALL"}""");

        Assert.Equal(DeploymentStatus.Succeeded, done.Status);
        Assert.Equal(["$LATEST", "1", "2"], versions.GetProperty("robotApplicationSummaries").EnumerateArray().Select(a => a.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Disposing_saves_the_world_to_the_state_file_and_the_next_start_continues_from_it()
    {
        var clock = NewClock();
        string fleet;
        await using (var emulator = await StartAsync(clock, o =>
        {
            Strict(o);
            o.StateFile = _stateFile;
        }))
        {
            using var api = new WorldApi(emulator.Endpoint);
            fleet = await api.CreateFleetAsync("kept");
            await api.PostAsync("/deleteFleet", $$"""{"fleet":"{{await api.CreateFleetAsync("gone")}}"}""");
            Assert.False(File.Exists(_stateFile));
        }

        await using var next = await StartAsync(clock, o =>
        {
            Strict(o);
            o.StateFile = _stateFile;
        });
        using var nextApi = new WorldApi(next.Endpoint);
        var fleets = await nextApi.PostAsync("/listFleets", "{}");

        var only = Assert.Single(fleets.GetProperty("fleetDetails").EnumerateArray());
        Assert.Equal(fleet, only.GetProperty("arn").GetString());
        Assert.Equal("kept", only.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_save_control_endpoint_writes_the_state_file_and_says_what_it_holds()
    {
        await using var emulator = await StartAsync(NewClock(), o =>
        {
            Strict(o);
            o.StateFile = _stateFile;
        });
        using var api = new WorldApi(emulator.Endpoint);
        var fleet = await api.CreateFleetAsync("plant");
        await api.RegisterAsync(fleet, await api.CreateRobotAsync("r1", "X86_64"));
        await api.CreateApplicationWithVersionAsync("app", "X86_64");

        var (status, _, reply) = await api.SendAsync(HttpMethod.Post, "/_emulator/save");
        using var saved = JsonDocument.Parse(await File.ReadAllTextAsync(_stateFile));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Path.GetFullPath(_stateFile), reply.GetProperty("stateFile").GetString());
        Assert.Equal(1, reply.GetProperty("fleets").GetInt32());
        Assert.Equal(1, reply.GetProperty("robots").GetInt32());
        Assert.Equal(1, reply.GetProperty("applications").GetInt32());
        Assert.Equal(0, reply.GetProperty("jobs").GetInt32());
        Assert.Equal(1, saved.RootElement.GetProperty("format").GetInt32());
        Assert.Equal(fleet, saved.RootElement.GetProperty("fleets")[0].GetProperty("arn").GetString());
    }

    [Fact]
    public async Task The_save_control_endpoint_without_a_state_file_is_an_InvalidParameterException()
    {
        await using var emulator = await StartAsync(NewClock(), Strict);
        using var api = new WorldApi(emulator.Endpoint);

        var (status, errorType, reply) = await api.SendAsync(HttpMethod.Post, "/_emulator/save");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterException", errorType);
        Assert.Contains("without a state file", reply.GetProperty("message").GetString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => emulator.SaveStateAsync());
    }

    [Theory]
    [InlineData("not json", "is not a saved emulator world")]
    [InlineData("""{"format":2,"region":"us-west-2","accountId":"123456789012"}""", "has format 2; this emulator reads format 1")]
    [InlineData("""{"format":1,"region":"eu-west-1","accountId":"123456789012"}""", "holds a world of Region eu-west-1 and account 123456789012, not us-west-2")]
    [InlineData("""{"format":1,"region":"us-west-2","accountId":"123456789012","robots":[],"fleets":[{"arn":"arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/f/1","createdAt":"2026-03-01T12:00:00Z","sequence":1,"tags":{},"robots":["arn:missing"],"latestJob":null}]}""", "does not hold a consistent world")]
    public async Task A_state_file_that_is_not_a_world_of_this_emulator_is_refused_at_start(string content, string message)
    {
        await File.WriteAllTextAsync(_stateFile, content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => StartAsync(NewClock(), o => o.StateFile = _stateFile));

        Assert.Contains(_stateFile, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
