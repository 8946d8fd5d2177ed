using System.Text;
using System.Text.Json;
using RoboMakerDeploy.Cli;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RoboMakerDeploy.TestUtils.CannedReplies;

namespace RoboMakerDeploy.Cli.Tests.Commands;

/// <summary>The commands against canned replies: what they send, what they print, and their exit codes.</summary>
public sealed class CliCommandTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly CliHarness _cli = new();

    public void Dispose() => _server.Stop();

    private string Endpoint => _server.Url!;

    private void Reply(string path, string json, int status = 200, string? errorType = null, string requestId = "req-1")
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("x-amzn-RequestId", requestId).WithBody(json);
        if (errorType is not null) response = response.WithHeader("x-amzn-ErrorType", errorType);
        _server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(response);
    }

    private JsonElement SentBody(int index = 0) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(_server.LogEntries.ElementAt(index).RequestMessage!.BodyAsBytes!)).RootElement;

    [Fact]
    public async Task Describe_prints_the_job_and_a_row_per_robot_and_exits_0()
    {
        Reply("/describeDeploymentJob", DescribeTwoRobots("InProgress"));

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(JobArn, SentBody().GetProperty("job").GetString());
        var output = _cli.Console.Output;
        Assert.Contains(JobArn, output, StringComparison.Ordinal);
        Assert.Contains("InProgress", output, StringComparison.Ordinal);
        Assert.Contains("team=robots", output, StringComparison.Ordinal);
        Assert.Matches(@"robot-1\s+│\s+Deploying\s+│\s+DownloadingExtracting 42% \(7 s left\)", output);
        Assert.Matches(@"robot-2\s+│\s+InSync\s+│\s+Finished\s+│\s+100%", output);
        Assert.Equal(string.Empty, _cli.Error.ToString());
    }

    [Fact]
    public async Task Describe_json_prints_one_document_with_the_wire_member_names()
    {
        Reply("/describeDeploymentJob", DescribeTwoRobots("InProgress"));

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", Endpoint, "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        var json = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal(JobArn, json.GetProperty("arn").GetString());
        Assert.Equal("InProgress", json.GetProperty("status").GetString());
        Assert.Equal(1600000000.5, json.GetProperty("createdAt").GetDouble());
        var robot = json.GetProperty("robotDeploymentSummary")[0];
        Assert.Equal("DownloadingExtracting", robot.GetProperty("progressDetail").GetProperty("currentProgress").GetString());
        Assert.Equal(42.0, robot.GetProperty("progressDetail").GetProperty("percentDone").GetDouble());
        Assert.Equal("7", json.GetProperty("deploymentApplicationConfigs")[0].GetProperty("applicationVersion").GetString());
        Assert.False(json.TryGetProperty("Status", out _));
        Assert.Equal(string.Empty, _cli.Console.Output);
    }

    [Fact]
    public async Task A_service_error_exits_1_with_one_line_naming_the_code_and_request_id()
    {
        Reply("/describeDeploymentJob", """{"message":"Deployment job not found."}""", 404, "ResourceNotFoundException", "req-404");

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Error, code);
        var lines = _cli.Error.ToString().TrimEnd().Split('\n');
        var line = Assert.Single(lines);
        Assert.Equal("error: ResourceNotFoundException: Deployment job not found. (DescribeDeploymentJob, HTTP 404, request id req-404)", line.TrimEnd('\r'));
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace_and_the_sdk_log_to_standard_error()
    {
        Reply("/describeDeploymentJob", """{"message":"Deployment job not found."}""", 404, "ResourceNotFoundException", "req-404");

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", Endpoint, "--verbose");

        Assert.Equal(ExitCodes.Error, code);
        var error = _cli.Error.ToString();
        var lines = error.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains(lines, l => l.StartsWith("error: ResourceNotFoundException: Deployment job not found.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('[') && l.Contains("DescribeDeploymentJob", StringComparison.Ordinal));
        Assert.Contains("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wJalrXUtnFEMI", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_sends_every_option_and_prints_the_new_job_as_json()
    {
        Reply("/createDeploymentJob", $$$"""{"arn":"{{{JobArn}}}","fleet":"{{{FleetArn}}}","status":"Pending","createdAt":1600000000,"deploymentApplicationConfigs":{{{AppConfigs}}},"tags":{"team":"robots"}}""");

        var code = await _cli.RunAsync(
            "create", "--endpoint", Endpoint, "-o", "json",
            "--fleet", FleetArn, "--application", AppArn, "--application-version", "7",
            "--package", "demo_pkg", "--launch-file", "demo.launch", "--pre-launch-file", "pre.sh", "--post-launch-file", "post.sh",
            "--env", "ROBOT_MODE=fast", "--env", "EQUALS=a=b", "--concurrent-percentage", "25", "--failure-threshold-percentage", "50",
            "--robot-timeout", "600", "--download-condition", "s3://demo-bucket/conditions/ready.sh#abc123",
            "--tag", "team=robots", "--tag", "empty=", "--client-token", "token-1");

        Assert.Equal(ExitCodes.Success, code);
        var body = SentBody();
        Assert.Equal("token-1", body.GetProperty("clientRequestToken").GetString());
        Assert.Equal(FleetArn, body.GetProperty("fleet").GetString());
        Assert.Equal("robots", body.GetProperty("tags").GetProperty("team").GetString());
        var app = body.GetProperty("deploymentApplicationConfigs")[0];
        Assert.Equal(AppArn, app.GetProperty("application").GetString());
        Assert.Equal("7", app.GetProperty("applicationVersion").GetString());
        var launch = app.GetProperty("launchConfig");
        Assert.Equal("demo_pkg", launch.GetProperty("packageName").GetString());
        Assert.Equal("demo.launch", launch.GetProperty("launchFile").GetString());
        Assert.Equal("pre.sh", launch.GetProperty("preLaunchFile").GetString());
        Assert.Equal("post.sh", launch.GetProperty("postLaunchFile").GetString());
        Assert.Equal("fast", launch.GetProperty("environmentVariables").GetProperty("ROBOT_MODE").GetString());
        // Split at the first '='; an empty value is for tags (TagValue is 0 to 256 long, EnvironmentVariableValue 1 to 1024).
        Assert.Equal("a=b", launch.GetProperty("environmentVariables").GetProperty("EQUALS").GetString());
        Assert.Equal(string.Empty, body.GetProperty("tags").GetProperty("empty").GetString());
        var config = body.GetProperty("deploymentConfig");
        Assert.Equal(25, config.GetProperty("concurrentDeploymentPercentage").GetInt32());
        Assert.Equal(50, config.GetProperty("failureThresholdPercentage").GetInt32());
        Assert.Equal(600, config.GetProperty("robotDeploymentTimeoutInSeconds").GetInt64());
        var s3 = config.GetProperty("downloadConditionFile");
        Assert.Equal("demo-bucket", s3.GetProperty("bucket").GetString());
        Assert.Equal("conditions/ready.sh", s3.GetProperty("key").GetString());
        Assert.Equal("abc123", s3.GetProperty("etag").GetString());

        var printed = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal(JobArn, printed.GetProperty("arn").GetString());
        Assert.Equal("Pending", printed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Create_rejected_by_the_sdk_validation_exits_1_without_sending_anything()
    {
        var code = await _cli.RunAsync(
            "create", "--endpoint", Endpoint, "--fleet", FleetArn, "--application", AppArn,
            "--application-version", "$LATEST", "--package", "p", "--launch-file", "l");

        Assert.Equal(ExitCodes.Error, code);
        Assert.Empty(_server.LogEntries);
        Assert.StartsWith("error: invalid request: ", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("applicationVersion", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_wait_in_json_prints_only_the_final_description_and_exits_3_when_it_failed()
    {
        Reply("/createDeploymentJob", $$"""{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"Pending","deploymentApplicationConfigs":{{AppConfigs}}}""");
        Reply("/describeDeploymentJob", DescribeTwoRobots("Failed", firstStep: "Launching", firstStatus: "Failed",
            extra: "\"failureCode\":\"RobotApplicationCrash\",\"failureReason\":\"The robot application crashed.\","));

        var code = await _cli.RunAsync(
            "create", "--endpoint", Endpoint, "-o", "json", "--wait",
            "--fleet", FleetArn, "--application", AppArn, "--application-version", "7", "--package", "p", "--launch-file", "l");

        Assert.Equal(ExitCodes.DeploymentFailed, code);
        var printed = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal("Failed", printed.GetProperty("status").GetString());
        Assert.Equal(2, printed.GetProperty("robotDeploymentSummary").GetArrayLength());
        var error = _cli.Error.ToString();
        Assert.Contains("robot-1: Failed, Launching", error, StringComparison.Ordinal);
        Assert.Contains($"Deployment job {JobArn} ended Failed with RobotApplicationCrash: The robot application crashed.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_prints_one_line_per_change_when_output_is_redirected_and_exits_0_on_success()
    {
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost()).InScenario("job").WillSetStateTo("2")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(DescribeTwoRobots("InProgress", firstStep: "Validating", secondRobot: "Deploying")));
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost()).InScenario("job").WhenStateIs("2").WillSetStateTo("3")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(DescribeTwoRobots("InProgress", firstStep: "Validating", secondRobot: "Deploying")));
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost()).InScenario("job").WhenStateIs("3").WillSetStateTo("4")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(DescribeTwoRobots("InProgress")));
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost()).InScenario("job").WhenStateIs("4").WillSetStateTo("4")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(DescribeTwoRobots("Succeeded", firstStep: "Finished", firstStatus: "InSync")));

        var code = await _cli.RunAsync("wait", "--job", JobArn, "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(4, _server.LogEntries.Count());
        var lines = _cli.Out.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(
            [
                "job sim-1234abcd: InProgress",
                "robot-1: Deploying, Validating",
                "robot-2: Deploying, Finished",
                "robot-1: Deploying, DownloadingExtracting 42% (7 s left)",
                "robot-2: InSync, Finished",
                "job sim-1234abcd: Succeeded",
                "robot-1: InSync, Finished",
            ],
            lines);
        Assert.Contains("ended Succeeded: 2 of 2 robots succeeded", _cli.Console.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _cli.Error.ToString());
    }

    [Theory]
    [InlineData("Succeeded", ExitCodes.Success)]
    [InlineData("Failed", ExitCodes.DeploymentFailed)]
    public async Task Wait_for_several_jobs_sweeps_their_statuses_once_and_finds_both_ended_in_one_listing_of_ended_jobs(string status, int expected)
    {
        const string second = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/d-second";
        var failure = status == "Failed" ? ""","failureCode":"RobotApplicationCrash","failureReason":"The robot application crashed." """ : string.Empty;
        // The sweep of unfinished jobs finds neither; the listing filtered on the end statuses holds both (told apart by body).
        _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost().WithBody(new WildcardMatcher("*\"InProgress\"*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"deploymentJobs":[]}"""));
        _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost().WithBody(new WildcardMatcher("*\"Succeeded\"*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                $$"""{"deploymentJobs":[{"arn":"{{second}}","fleet":"{{FleetArn}}","status":"{{status}}"{{failure}},"createdAt":1600000001},{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"{{status}}"{{failure}},"createdAt":1600000000}]}"""));

        var code = await _cli.RunAsync("wait", "--job", JobArn, "--job", second, "--endpoint", Endpoint);

        Assert.Equal(expected, code);
        var paths = _server.LogEntries.Select(e => e.RequestMessage!.Path).ToList();
        Assert.Equal(["/listDeploymentJobs", "/listDeploymentJobs"], paths);
        Assert.Equal("""[{"name":"status","values":["Pending","Preparing","InProgress"]}]""", SentBody(0).GetProperty("filters").GetRawText());
        Assert.Equal("""[{"name":"status","values":["Succeeded","Failed","Canceled"]}]""", SentBody(1).GetProperty("filters").GetRawText());
        // One line per job, in the order they were named.
        var lines = _cli.Console.Output.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(" ended ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("sim-1234abcd ended " + status, lines[0], StringComparison.Ordinal);
        Assert.Contains("d-second ended " + status, lines[1], StringComparison.Ordinal);
        if (status == "Failed") Assert.Contains($"Deployment job {second} ended Failed with RobotApplicationCrash: The robot application crashed.", _cli.Error.ToString(), StringComparison.Ordinal);
        else Assert.Equal(string.Empty, _cli.Error.ToString());
    }

    [Fact]
    public async Task Wait_for_several_jobs_describes_the_ones_the_listing_of_ended_jobs_does_not_hold()
    {
        Reply("/listDeploymentJobs", """{"deploymentJobs":[]}""");
        Reply("/describeDeploymentJob", DescribeTwoRobots("Succeeded", firstStep: "Finished", firstStatus: "InSync"));
        const string second = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/d-second";

        var code = await _cli.RunAsync("wait", "--job", JobArn, "--job", second, "--endpoint", Endpoint, "-o", "json");

        Assert.Equal(ExitCodes.Success, code);
        var paths = _server.LogEntries.Select(e => e.RequestMessage!.Path).ToList();
        Assert.Equal(["/listDeploymentJobs", "/listDeploymentJobs", "/describeDeploymentJob", "/describeDeploymentJob"], paths);
        Assert.Equal(new[] { JobArn, second }.Order(StringComparer.Ordinal), new[] { SentBody(2), SentBody(3) }.Select(b => b.GetProperty("job").GetString()!).Order(StringComparer.Ordinal));
        // JSON output: each job's summary (no robots), one document per job.
        var output = _cli.Out.ToString();
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(output, "\"status\": \"Succeeded\"").Count);
        Assert.DoesNotContain("robotDeploymentSummary", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_for_a_fleet_waits_for_its_latest_job()
    {
        const string older = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/d-older";
        Reply("/listDeploymentJobs", $$"""{"deploymentJobs":[{"arn":"{{older}}","fleet":"{{FleetArn}}","status":"Succeeded","createdAt":1500000000},{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"InProgress","createdAt":1600000000.5}]}""");
        Reply("/describeDeploymentJob", DescribeTwoRobots("Succeeded", firstStep: "Finished", firstStatus: "InSync"));

        var code = await _cli.RunAsync("wait", "--fleet", "demo-fleet", "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""[{"name":"fleetName","values":["demo-fleet"]}]""", SentBody(0).GetProperty("filters").GetRawText());
        Assert.Equal(JobArn, SentBody(1).GetProperty("job").GetString());
        Assert.Contains("ended Succeeded", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_exits_3_when_the_job_was_canceled()
    {
        Reply("/describeDeploymentJob", DescribeTwoRobots("Canceled", firstStep: "Validating", firstStatus: "Failed"));

        var code = await _cli.RunAsync("wait", "--job", JobArn, "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.DeploymentFailed, code);
        Assert.Contains($"Deployment job {JobArn} ended Canceled", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("ended Canceled: 1 of 2 robots succeeded", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_with_wait_sends_the_fleet_and_token_and_exits_0_when_the_job_succeeds()
    {
        Reply("/syncDeploymentJob", $$"""{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"Pending","deploymentApplicationConfigs":{{AppConfigs}}}""");
        Reply("/describeDeploymentJob", DescribeTwoRobots("Succeeded", firstStep: "Finished", firstStatus: "InSync"));

        var code = await _cli.RunAsync("sync", "--fleet", FleetArn, "--client-token", "sync-1", "--wait", "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Success, code);
        var body = SentBody();
        Assert.Equal(FleetArn, body.GetProperty("fleet").GetString());
        Assert.Equal("sync-1", body.GetProperty("clientRequestToken").GetString());
        Assert.Contains($"Created deployment job {JobArn}", _cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains("job sim-1234abcd: Succeeded", _cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_sends_the_job_and_prints_an_empty_json_document()
    {
        Reply("/cancelDeploymentJob", "{}");

        var code = await _cli.RunAsync("cancel", "--job", JobArn, "--endpoint", Endpoint, "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(JobArn, SentBody().GetProperty("job").GetString());
        Assert.Equal("{}", _cli.Out.ToString().Trim());
    }

    [Fact]
    public async Task List_walks_every_page_and_prints_one_json_array()
    {
        _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost()).InScenario("pages").WillSetStateTo("page2")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ListPage("token-2", "d-1", "d-2")));
        _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost()).InScenario("pages").WhenStateIs("page2").WillSetStateTo("page2")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(ListPage(null, "d-3")));

        var code = await _cli.RunAsync("list", "--status", "succeeded", "--status", "Failed", "--page-size", "2", "--endpoint", Endpoint, "-o", "json");

        Assert.Equal(ExitCodes.Success, code);
        var jobs = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal(["d-1", "d-2", "d-3"], jobs.EnumerateArray().Select(j => j.GetProperty("arn").GetString()!.Split('/')[1]));
        var first = SentBody(0);
        Assert.Equal("status", first.GetProperty("filters")[0].GetProperty("name").GetString());
        Assert.Equal(["Succeeded", "Failed"], first.GetProperty("filters")[0].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(2, first.GetProperty("maxResults").GetInt32());
        Assert.False(first.TryGetProperty("nextToken", out _));
        Assert.Equal("token-2", SentBody(1).GetProperty("nextToken").GetString());
    }

    [Fact]
    public async Task List_stops_at_max_items_without_fetching_further_pages_and_prints_a_table()
    {
        Reply("/listDeploymentJobs", ListPage("token-2", "d-1", "d-2"));

        var code = await _cli.RunAsync("list", "--fleet", "demo-fleet", "--max-items", "2", "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Single(_server.LogEntries);
        var filter = SentBody().GetProperty("filters")[0];
        Assert.Equal("fleetName", filter.GetProperty("name").GetString());
        Assert.Equal("demo-fleet", filter.GetProperty("values")[0].GetString());
        var output = _cli.Console.Output;
        Assert.Matches(@"d-1\s+│\s+MyFleet\s+│\s+Succeeded\s+│\s+MyApp\s+│\s+7\s+│\s+2020-09-13 12:26:40Z", output);
        Assert.Contains("d-2", output, StringComparison.Ordinal);
        Assert.Contains("2 jobs", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("describe")]
    [InlineData("describe", "--job")]
    [InlineData("describe", "--job", "arn:x", "--output", "xml")]
    [InlineData("describe", "--job", "arn:x", "--endpoint", "not a url")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--env", "NOEQUALS")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--env", "A=1", "--env", "A=2")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--download-condition", "https://bucket/key")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--robot-timeout", "soon")]
    [InlineData("list", "--fleet", "demo-fleet", "--status", "Failed")]
    [InlineData("list", "--status", "Exploded")]
    [InlineData("list", "--max-items", "0")]
    [InlineData("list", "--page-size", "0")]
    [InlineData("list", "--page-size", "500")]
    [InlineData("list", "--page-size", "ten")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--concurrent-percentage", "0")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--failure-threshold-percentage", "101")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--robot-timeout", "59")]
    [InlineData("create", "--fleet", "arn:f", "--application", "arn:a", "--application-version", "1", "--package", "p", "--launch-file", "l", "--robot-timeout", "604801")]
    [InlineData("list", "--status", "Failed", "--status", "Pending", "--status", "Canceled", "--status", "InProgress")]
    [InlineData("wait", "--job", "arn:x", "--timeout", "-5")]
    [InlineData("wait", "--job", "arn:x", "--timeout", "soon")]
    [InlineData("wait")]
    [InlineData("wait", "--job", "arn:x", "--fleet", "demo-fleet")]
    public async Task Bad_usage_exits_2_with_an_error_line_and_sends_nothing(params string[] args)
    {
        var code = await _cli.RunAsync(args.Contains("--endpoint") ? args : [.. args, "--endpoint", Endpoint]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(_server.LogEntries);
        Assert.StartsWith("error: ", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("robomaker-deploy --help", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_range_page_size_names_the_range()
    {
        var code = await _cli.RunAsync("list", "--page-size", "500", "--endpoint", Endpoint);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("error: --page-size must be between 1 and 200; got 500.", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_leaves_out_collections_the_reply_did_not_have_and_escapes_only_what_json_requires()
    {
        Reply("/describeDeploymentJob", $$"""{"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"Failed","failureReason":"The robot's battery is low.","tags":{"owner":"a+b@example.com"} }""");

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", Endpoint, "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        var text = _cli.Out.ToString();
        var json = JsonDocument.Parse(text).RootElement;
        Assert.False(json.TryGetProperty("deploymentApplicationConfigs", out _));
        Assert.False(json.TryGetProperty("robotDeploymentSummary", out _));
        Assert.Equal(["arn", "failureReason", "fleet", "status", "tags"], json.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("\"The robot's battery is low.\"", text, StringComparison.Ordinal);
        Assert.Contains("\"a+b@example.com\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_exits_0_and_documents_the_credential_chain()
    {
        var code = await _cli.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, code);
        var help = _cli.Out.ToString();
        Assert.Contains("AWS_ACCESS_KEY_ID", help, StringComparison.Ordinal);
        foreach (var command in new[] { "demo", "create", "describe", "list", "sync", "cancel", "wait" })
        {
            Assert.Contains("  " + command + " ", help, StringComparison.Ordinal);
        }
    }
}
