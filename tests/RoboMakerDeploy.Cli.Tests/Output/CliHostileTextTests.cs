using System.Text.Json;
using RoboMakerDeploy.Cli;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console;
using Spectre.Console.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RoboMakerDeploy.TestUtils.CannedReplies;

namespace RoboMakerDeploy.Cli.Tests.Output;

/// <summary>
/// Service text with terminal controls (an attack pass's finding: a describe table retitled the window with OSC 0 and
/// cleared the screen with ESC[2J) reaches the terminal with its control characters written as <c>\uXXXX</c>, in every
/// table cell, progress line, progress bar and outcome line; <c>--output json</c> is left to JSON's own escaping.
/// </summary>
public sealed class CliHostileTextTests : IDisposable
{
    // OSC 0 (window title) ended by BEL, clear screen, a newline forging a line, C1 CSI, U+2028, right-to-left override.
    private const string Title = "\u001B]0;pwned\u0007";
    private const string Clear = "\u001B[2J";
    private const string Forged = "\nINFO forged";
    private const string Csi = "\u009B2J";
    private const string Separator = "\u2028";
    private const string Override = "\u202E";
    private const string Hostile = Title + Clear + Forged + Csi + Separator + Override;
    private const string Escaped = "\\u001B]0;pwned\\u0007\\u001B[2J\\u000AINFO forged\\u009B2J\\u2028\\u202E";

    private static readonly string HostileRobot = Robot(1).Replace("robot-1/", "robot-1" + Hostile + "/", StringComparison.Ordinal);

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly CliHarness _cli = Wide(new CliHarness());

    public void Dispose() => _server.Stop();

    // Wide enough that no cell wraps, so each escaped value reads whole.
    private static CliHarness Wide(CliHarness cli)
    {
        cli.Console.Profile.Width = 1000;
        return cli;
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    /// <summary>A job whose arn, status, failure code and reason, and whose robot's arn, status, step and failure carry terminal controls.</summary>
    private static string HostileDescribe(string status) => $$"""
        {"arn":{{Json(JobArn + Hostile)}},"fleet":{{Json(FleetArn + Hostile)}},"status":{{Json(status)}},"createdAt":1600000000,
         "failureCode":{{Json("Code" + Hostile)}},"failureReason":{{Json("Reason" + Hostile)}},
         "deploymentApplicationConfigs":{{AppConfigs}},
         "robotDeploymentSummary":[
           {"arn":{{Json(HostileRobot)}},"status":{{Json("Failed" + Hostile)}},"failureCode":{{Json("RobotCode" + Hostile)}},"failureReason":{{Json("RobotReason" + Hostile)}},
            "progressDetail":{"currentProgress":{{Json("Step" + Hostile)}},"percentDone":13.0} }
         ],"tags":{ {{Json("team" + Hostile)}}:{{Json("robots" + Hostile)}} } }
        """;

    private void Reply(string path, string json) =>
        _server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody(json));

    /// <summary>No control character but the line breaks the output itself writes.</summary>
    private static void AssertNoRawControl(string what, string output)
    {
        var bad = output.ReplaceLineEndings("\n").Where(static c => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E')).ToList();
        Assert.True(bad.Count == 0, $"{what} holds raw control characters {string.Join(", ", bad.Select(static c => $"U+{(int)c:X4}"))}");
        Assert.DoesNotContain("\nINFO forged", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_table_writes_every_service_string_with_its_control_characters_escaped()
    {
        Reply("/describeDeploymentJob", HostileDescribe("Exploding" + Hostile));

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", _server.Url!);

        Assert.Equal(ExitCodes.Success, code);
        var output = _cli.Console.Output;
        AssertNoRawControl("describe table", output);
        // Each field shows its text, escaped, in its cell (the job table's values are one cell each).
        foreach (var field in new[] { JobArn, FleetArn, "Exploding", "Code", "Reason", "team" })
        {
            Assert.Contains(field + Escaped, output, StringComparison.Ordinal);
        }
        Assert.Contains("robots" + Escaped, output, StringComparison.Ordinal);
        // The robot table: name, status, step and failure.
        Assert.Contains("robot-1" + Escaped, output, StringComparison.Ordinal);
        Assert.Contains("Failed" + Escaped, output, StringComparison.Ordinal);
        Assert.Contains("Step" + Escaped, output, StringComparison.Ordinal);
        Assert.Contains("RobotCode" + Escaped + ": RobotReason" + Escaped, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_and_wait_mask_secret_shaped_values_in_failure_reasons_as_the_sdk_does()
    {
        // A service (or proxy) that quotes a request's credentials back in its failure text.
        const string Key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        const string Signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
        var reason = $"denied for aws_secret_access_key={Key} with Signature={Signature}";
        var json = $$"""
            {"arn":"{{JobArn}}","fleet":"{{FleetArn}}","status":"Failed","createdAt":1600000000,
             "failureCode":"InternalServerError","failureReason":{{Json(reason)}},
             "deploymentApplicationConfigs":{{AppConfigs}},
             "robotDeploymentSummary":[{"arn":{{Json(Robot(1))}},"status":"Failed","failureCode":"InternalServerError","failureReason":{{Json(reason)}}}]}
            """;
        Reply("/describeDeploymentJob", json);

        Assert.Equal(ExitCodes.Success, await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", _server.Url!));
        Assert.Equal(ExitCodes.DeploymentFailed, await _cli.RunAsync("wait", "--job", JobArn, "--endpoint", _server.Url!));

        var shown = _cli.Console.Output + _cli.Out + _cli.Error;
        Assert.DoesNotContain(Key, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(Signature, shown, StringComparison.Ordinal);
        Assert.Contains("aws_secret_access_key=***", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_line_of_a_service_error_whose_body_is_not_JSON_is_escaped()
    {
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(502).WithHeader("Content-Type", "text/html").WithBody("<html>bad gateway " + Hostile + "</html>"));

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", _server.Url!);

        Assert.Equal(ExitCodes.Error, code);
        var error = _cli.Error.ToString();
        Assert.Contains("error: ", error, StringComparison.Ordinal);
        Assert.Contains("\\u202E", error, StringComparison.Ordinal);
        AssertNoRawControl("standard error", error);
    }

    [Fact]
    public async Task Json_output_is_left_to_JSON_escaping_and_keeps_the_values()
    {
        Reply("/describeDeploymentJob", HostileDescribe("Exploding" + Hostile));

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", _server.Url!, "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        AssertNoRawControl("json", _cli.Out.ToString());
        using var json = JsonDocument.Parse(_cli.Out.ToString());
        Assert.Equal("Reason" + Hostile, json.RootElement.GetProperty("failureReason").GetString());
    }

    [Fact]
    public async Task Wait_progress_lines_table_outcome_and_error_line_are_escaped()
    {
        Reply("/describeDeploymentJob", HostileDescribe("Failed"));

        var code = await _cli.RunAsync("wait", "--job", JobArn, "--endpoint", _server.Url!);

        Assert.Equal(ExitCodes.DeploymentFailed, code);
        AssertNoRawControl("progress lines", _cli.Out.ToString());
        AssertNoRawControl("robots table and outcome", _cli.Console.Output);
        AssertNoRawControl("standard error", _cli.Error.ToString());
        var lines = _cli.Out.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(
            [
                "job sim-1234abcd" + Escaped + ": Failed",
                "robot-1" + Escaped + ": Failed" + Escaped + ", Step" + Escaped + " 13%, failure RobotCode" + Escaped,
            ],
            lines);
        Assert.Contains("Deployment job sim-1234abcd" + Escaped + " ended Failed", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_many_jobs_escapes_the_outcome_and_error_lines()
    {
        var a = JobArnOf("a");
        var b = JobArnOf("b");
        // Both jobs end on the first sweep: job a failed with hostile text, job b succeeded.
        Reply(
            "/listDeploymentJobs",
            $$"""{"deploymentJobs":[{"arn":"{{a}}","fleet":"{{FleetArn}}","status":"Failed","failureCode":{{Json("Code" + Hostile)}},"failureReason":{{Json("Reason" + Hostile)}},"createdAt":1600000000,"deploymentApplicationConfigs":{{AppConfigs}}},{"arn":"{{b}}","fleet":"{{FleetArn}}","status":"Succeeded","createdAt":1600000000,"deploymentApplicationConfigs":{{AppConfigs}}}]}""");

        var code = await _cli.RunAsync("wait", "--job", a, "--job", b, "--endpoint", _server.Url!);

        AssertNoRawControl("outcome lines", _cli.Console.Output);
        AssertNoRawControl("standard error", _cli.Error.ToString());
        Assert.Contains($"Deployment job {a} ended Failed with Code{Escaped}: Reason{Escaped}", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"(Code{Escaped})", _cli.Console.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DeploymentFailed, code);
    }

    [Fact]
    public void Resource_tables_escape_names_statuses_and_tags()
    {
        var console = new TestConsole();
        console.Profile.Width = 240;
        Models.Robot[] robots = [new() { Name = "robot-1" + Hostile, RawStatus = "Available" + Hostile, FleetArn = FleetArn + Hostile, RawArchitecture = "X86_64" + Hostile }];
        Models.Fleet[] fleets = [new() { Name = "fleet" + Hostile, RawLastDeploymentStatus = "Failed" + Hostile, LastDeploymentJob = JobArn + Hostile }];

        console.Write(ResourceTables.Robots(robots));
        console.Write(ResourceTables.Fleets(fleets));
        console.Write(ResourceTables.Robot(HostileRobot, "robot-1" + Hostile, "Available" + Hostile, FleetArn + Hostile, "X86_64" + Hostile, "gg" + Hostile, null, JobArn + Hostile, new Dictionary<string, string> { ["k" + Hostile] = "v" + Hostile }));

        AssertNoRawControl("resource tables", console.Output);
        Assert.Contains("robot-1" + Escaped, console.Output, StringComparison.Ordinal);
        Assert.Contains("fleet" + Escaped, console.Output, StringComparison.Ordinal);
        Assert.Contains("gg" + Escaped, console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_bars_escape_controls_and_markup_in_service_text()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Width = 1000;
        // Markup brackets too: a bar description is markup, and an unclosed "[bold" would make Spectre throw.
        var robot = new RobotProgress { Arn = HostileRobot.Replace("robot-1", "robot-1[red]", StringComparison.Ordinal), RawStatus = "Deploying" + Hostile, RawCurrentStep = "Step" + Hostile, RawFailureCode = "Code" + Hostile };
        var report = new DeploymentJobProgress { JobArn = JobArn + Hostile + "[bold", RawStatus = "InProgress" + Hostile, Robots = [robot] };

        await new LiveProgressView(console).RunAsync(progress =>
        {
            progress.Report(report);
            return Task.FromResult(new DescribeDeploymentJobResponse { Arn = JobArn, RawStatus = "InProgress" });
        });

        var output = console.Output;
        AssertNoRawControl("live bars", output);
        Assert.Contains("robot-1[red]" + Escaped, output, StringComparison.Ordinal);
        Assert.Contains("Step" + Escaped, output, StringComparison.Ordinal);
        Assert.Contains("Code" + Escaped, output, StringComparison.Ordinal);
        Assert.Contains("sim-1234abcd" + Escaped + "[bold", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arn:aws:robomaker:us-west-2:123456789012:robot/robot-1/1")]
    [InlineData("Teleporting 13%")]
    public void Plain_text_without_controls_is_the_same_instance(string text) => Assert.Same(text, DisplayText.Plain(text));

    [Fact]
    public void Control_characters_are_escaped_and_markup_after_that()
    {
        Assert.Null(DisplayText.Plain(null));
        Assert.Equal("a\\u0000\\u0009\\u001F\\u007F\\u0080\\u009F\\u2028\\u2029b\u00A0é", DisplayText.Plain("a\u0000\u0009\u001F\u007F\u0080\u009F\u2028\u2029b\u00A0é"));
        Assert.Equal("[[x]]\\u001B[[2J", DisplayText.Markup("[x]\u001B[2J"));
        Assert.Equal("[x]\\u001B[2J", Markup.Remove(DisplayText.Markup("[x]\u001B[2J")));
    }
}
