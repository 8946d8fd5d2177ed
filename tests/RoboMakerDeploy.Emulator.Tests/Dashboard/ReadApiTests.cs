using System.Net;
using System.Text.Json;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Emulator.Http;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.Tests.Dashboard;

/// <summary>The dashboard's static files and the loopback-only read API under <c>/_emulator/</c>, over HTTP.</summary>
public sealed class ReadApiTests
{
    private static readonly TimeSpan JobDuration = TimeSpan.FromSeconds(10);

    /// <summary>A hard limit on reading the event stream; events normally arrive within milliseconds.</summary>
    private static readonly TimeSpan StreamTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData("/_emulator/", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [InlineData("/_emulator", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [InlineData("/_emulator/index.html", "text/html; charset=utf-8", "<!DOCTYPE html>")]
    [InlineData("/_emulator/dashboard.js", "text/javascript; charset=utf-8", "// The emulator's dashboard")]
    [InlineData("/_emulator/dashboard.css", "text/css; charset=utf-8", ":root")]
    [InlineData("/_emulator/failure-codes.json", "application/json; charset=utf-8", "{")]
    public async Task The_dashboard_files_are_served_from_the_assembly_with_their_content_types(string path, string contentType, string start)
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(emulator.Endpoint, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith(start, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_uses_no_CDN_and_no_external_resource()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var http = new HttpClient();
        foreach (var file in new[] { "/_emulator/", "/_emulator/dashboard.js", "/_emulator/dashboard.css" })
        {
            var text = await http.GetStringAsync(new Uri(emulator.Endpoint, file));
            Assert.DoesNotContain("http://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_failure_code_table_has_every_DeploymentJobErrorCode_once_with_the_SDK_s_documented_meaning()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var http = new HttpClient();
        using var table = JsonDocument.Parse(await http.GetStringAsync(new Uri(emulator.Endpoint, "/_emulator/failure-codes.json")));
        var codes = table.RootElement.GetProperty("codes").EnumerateArray().ToList();
        var expected = Enum.GetNames<DeploymentJobErrorCode>().Where(static n => n != nameof(DeploymentJobErrorCode.Unknown)).Order().ToList();
        Assert.Equal(expected, codes.Select(static c => c.GetProperty("code").GetString()!).Order().ToList());
        Assert.All(codes, static c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("emulator").GetString())));
        var meaning = codes.Single(static c => c.GetProperty("code").GetString() == "MissingRobotApplicationArchitecture").GetProperty("meaning").GetString();
        Assert.Equal("The robot application does not have a source that matches the architecture of the robot.", meaning);
        Assert.Equal(JsonValueKind.Null, codes.Single(static c => c.GetProperty("code").GetString() == "EtagMismatch").GetProperty("meaning").ValueKind);
    }

    [Fact]
    public async Task The_world_view_shows_fleets_robots_jobs_with_progress_and_applications_on_the_emulator_s_clock()
    {
        var clock = EmulatorHarness.NewClock();
        await using var emulator = await StartAsync(clock);
        using var world = new WorldApi(emulator.Endpoint);
        var fleet = await world.CreateFleetAsync("yard");
        await world.RegisterAsync(fleet, await world.CreateRobotAsync("arm-1", "ARM64"));
        await world.RegisterAsync(fleet, await world.CreateRobotAsync("x86-1", "X86_64"));
        await world.CreateRobotAsync("spare", "ARMHF");
        var application = await world.CreateApplicationWithVersionAsync("nav", "ARM64", "X86_64");

        using var client = EmulatorHarness.Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(fleet, application));
        clock.Advance(JobDuration * 0.5);

        var view = await GetJsonAsync(emulator, "/_emulator/api/world");
        Assert.Equal("strict", view.GetProperty("worldMode").GetString());
        Assert.Equal(EmulatorHarness.Start + (JobDuration * 0.5), view.GetProperty("now").GetDateTimeOffset());
        var yard = Assert.Single(view.GetProperty("fleets").EnumerateArray());
        Assert.Equal("InProgress", yard.GetProperty("lastDeploymentStatus").GetString());
        Assert.Equal(job.Arn, yard.GetProperty("lastDeploymentJob").GetString());
        Assert.Equal(["arm-1:ARM64:Deploying", "x86-1:X86_64:Deploying"], Robots(yard.GetProperty("robots")));
        Assert.Equal(["spare:ARMHF:Available"], Robots(view.GetProperty("unregisteredRobots")));

        var jobView = Assert.Single(view.GetProperty("jobs").EnumerateArray());
        Assert.Equal(job.Arn, jobView.GetProperty("arn").GetString());
        Assert.Equal("yard", jobView.GetProperty("fleetName").GetString());
        Assert.Equal(["Validating", "DownloadingExtracting", "Launching"], jobView.GetProperty("steps").EnumerateArray().Select(static s => s.GetString()!));
        var robots = jobView.GetProperty("robotDeploymentSummary").EnumerateArray().ToList();
        // Half the job: D/5 of pending and preparing, then 0.3 D of the robots' 0.8 D: 37.5% of their three steps.
        Assert.All(robots, static r => Assert.Equal("DownloadingExtracting", r.GetProperty("currentProgress").GetString()));
        Assert.All(robots, static r => Assert.Equal(37.5, r.GetProperty("progressPercent").GetDouble()));
        Assert.Equal(["arm-1", "x86-1"], robots.Select(static r => r.GetProperty("name").GetString()));

        var app = Assert.Single(view.GetProperty("applications").EnumerateArray());
        Assert.Equal("nav", app.GetProperty("name").GetString());
        Assert.Equal("$LATEST", app.GetProperty("latest").GetProperty("version").GetString());
        Assert.Equal("1", Assert.Single(app.GetProperty("versions").EnumerateArray()).GetProperty("version").GetString());
        Assert.Equal("ROS2 Foxy", app.GetProperty("latest").GetProperty("robotSoftwareSuite").GetString());
    }

    [Fact]
    public async Task A_failed_robot_shows_its_failure_code_and_a_job_can_be_read_by_id_or_ARN()
    {
        var clock = EmulatorHarness.NewClock();
        await using var emulator = await StartAsync(clock);
        using var world = new WorldApi(emulator.Endpoint);
        var fleet = await world.CreateFleetAsync("yard");
        await world.RegisterAsync(fleet, await world.CreateRobotAsync("arm-1", "ARM64"));
        await world.RegisterAsync(fleet, await world.CreateRobotAsync("x86-1", "X86_64"));
        var application = await world.CreateApplicationWithVersionAsync("nav", "ARM64");
        using var client = EmulatorHarness.Client(emulator, clock);
        var job = await client.CreateDeploymentJobAsync(NewJob(fleet, application));
        clock.Advance(JobDuration * 2);

        var id = job.Arn![(job.Arn!.LastIndexOf('/') + 1)..];
        var byId = await GetJsonAsync(emulator, "/_emulator/api/jobs/" + id);
        var byArn = await GetJsonAsync(emulator, "/_emulator/api/jobs/" + Uri.EscapeDataString(job.Arn));
        Assert.Equal(byId.GetRawText(), byArn.GetRawText());
        Assert.Equal(id, byId.GetProperty("id").GetString());
        Assert.Equal("Failed", byId.GetProperty("status").GetString());
        Assert.Equal("MissingRobotApplicationArchitecture", byId.GetProperty("failureCode").GetString());
        var robots = byId.GetProperty("robotDeploymentSummary").EnumerateArray().ToList();
        Assert.Equal(["InSync", "Failed"], robots.Select(static r => r.GetProperty("status").GetString()));
        Assert.Equal("MissingRobotApplicationArchitecture", robots[1].GetProperty("failureCode").GetString());
        Assert.Equal(100, robots[0].GetProperty("progressPercent").GetDouble());
        // It failed at the end of Validating, the first of its three steps.
        Assert.Equal(33.3, robots[1].GetProperty("progressPercent").GetDouble());

        using var http = new HttpClient();
        using var missing = await http.GetAsync(new Uri(emulator.Endpoint, "/_emulator/api/jobs/deployment-000000000000"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.StartsWith("ResourceNotFoundException:", missing.Headers.GetValues("x-amzn-ErrorType").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/_emulator/api/world", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/_emulator/", HttpStatusCode.MethodNotAllowed)]
    [InlineData("HEAD", "/_emulator/api/events", HttpStatusCode.MethodNotAllowed)]
    [InlineData("HEAD", "/_emulator/dashboard.js", HttpStatusCode.OK)]
    [InlineData("GET", "/_emulator/api/nothing", HttpStatusCode.NotFound)]
    public async Task The_read_API_answers_GET_on_its_routes_only(string method, string path, HttpStatusCode status)
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var http = new HttpClient();
        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(emulator.Endpoint, path)));
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_is_off_with_the_control_endpoints()
    {
        await using var emulator = await EmulatorHarness.StartAsync(configure: static o => o.EnableControlEndpoints = false);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(emulator.Endpoint, "/_emulator/api/world"));
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_event_stream_sends_the_world_at_once_after_each_API_call_and_as_the_emulator_s_clock_advances()
    {
        var clock = EmulatorHarness.NewClock();
        await using var emulator = await StartAsync(clock);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(StreamTimeout);
        using var response = await http.GetAsync(new Uri(emulator.Endpoint, "/_emulator/api/events"), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));

        var first = await NextWorldAsync(reader, cancel.Token);
        Assert.Equal(0, first.GetProperty("fleets").GetArrayLength());

        // An API call wakes the stream (no clock movement needed).
        using var world = new WorldApi(emulator.Endpoint);
        await world.CreateFleetAsync("yard");
        var afterCall = await NextWorldAsync(reader, cancel.Token);
        Assert.Equal("yard", Assert.Single(afterCall.GetProperty("fleets").EnumerateArray()).GetProperty("name").GetString());

        // So does the emulator's clock: one event interval of virtual time.
        var before = afterCall.GetProperty("now").GetDateTimeOffset();
        clock.Advance(ReadApi.EventInterval);
        var afterTick = await NextWorldAsync(reader, cancel.Token);
        Assert.Equal(before + ReadApi.EventInterval, afterTick.GetProperty("now").GetDateTimeOffset());
    }

    [Fact]
    public async Task An_open_event_stream_ends_when_the_emulator_stops_instead_of_holding_it_up()
    {
        var emulator = await EmulatorHarness.StartAsync();
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(StreamTimeout);
        using var response = await http.GetAsync(new Uri(emulator.Endpoint, "/_emulator/api/events"), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        await NextWorldAsync(reader, cancel.Token);

        // The host's shutdown timeout is 5 s: a stream still open would make DisposeAsync wait that long.
        await emulator.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(4));
        Assert.Null(await ReadToEndOfEventsAsync(reader, cancel.Token));
    }

    private static async Task<string?> ReadToEndOfEventsAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal) && line != "event: world") return line;
            }
        }
        catch (IOException)
        {
            // The connection was closed under the reader: the stream ended too.
        }
        return null;
    }

    private static Task<RoboMakerEmulator> StartAsync(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock) =>
        EmulatorHarness.StartAsync(clock, static o =>
        {
            o.JobDuration = JobDuration;
            o.WorldMode = EmulatorWorldMode.Strict;
            o.RequireSignatures = false;
        });

    private static CreateDeploymentJobRequest NewJob(string fleet, string application)
    {
        var request = EmulatorHarness.NewJob(fleet);
        return request with { DeploymentApplicationConfigs = [request.DeploymentApplicationConfigs[0] with { Application = application }] };
    }

    private static string[] Robots(JsonElement robots) =>
        [.. robots.EnumerateArray().Select(static r => $"{r.GetProperty("name").GetString()}:{r.GetProperty("architecture").GetString()}:{r.GetProperty("status").GetString()}")];

    private static async Task<JsonElement> GetJsonAsync(RoboMakerEmulator emulator, string path)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(emulator.Endpoint, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Reads the next <c>event: world</c> of the stream.</summary>
    private static async Task<JsonElement> NextWorldAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? eventName = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) eventName = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "world")
            {
                using var document = JsonDocument.Parse(line["data: ".Length..]);
                return document.RootElement.Clone();
            }
        }
        throw new InvalidOperationException("The event stream ended.");
    }
}
