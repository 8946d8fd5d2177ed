using System.Text.RegularExpressions;
using RoboMakerDeploy.Cli;
using RoboMakerDeploy.Cli.Output;
using RoboMakerDeploy.Models;
using Spectre.Console.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RoboMakerDeploy.TestUtils.CannedReplies;

namespace RoboMakerDeploy.Cli.Tests.Output;

/// <summary>Statuses, steps and failure codes the SDK does not know read as the service sent them, everywhere the CLI shows them.</summary>
public sealed class CliUnknownValuesTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly CliHarness _cli = new();

    public void Dispose() => _server.Stop();

    /// <summary>Robot 1 at a new step "Teleporting" 13%; robot 2 failed with a new code and no reason; robot 3 failed with a reason but no code.</summary>
    private static string DescribeWithNewValues(string status) => $$"""
        {"arn":"{{JobArn}}","fleet":"{{CannedReplies.FleetArn}}","status":"{{status}}","createdAt":1600000000,
         "deploymentApplicationConfigs":{{AppConfigs}},
         "robotDeploymentSummary":[
           {"arn":"{{Robot(1)}}","status":"Rebooting","progressDetail":{"currentProgress":"Teleporting","percentDone":13.0} },
           {"arn":"{{Robot(2)}}","status":"Failed","failureCode":"NewRobotCode","progressDetail":{"currentProgress":"Launching"} },
           {"arn":"{{Robot(3)}}","status":"Failed","failureReason":"Out of battery.","progressDetail":{"currentProgress":"Launching"} }
         ]}
        """;

    private void Reply(string path, string json) =>
        _server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody(json));

    [Fact]
    public async Task Describe_table_shows_unknown_steps_statuses_and_codes_as_sent_without_dangling_separators()
    {
        Reply("/describeDeploymentJob", DescribeWithNewValues("InProgress"));

        var code = await _cli.RunAsync("describe", "--job", JobArn, "--endpoint", _server.Url!);

        Assert.Equal(ExitCodes.Success, code);
        var output = _cli.Console.Output;
        // An unknown step cannot be placed in the order: its progress cell is '-', not a misleading 0%.
        Assert.Matches(@"robot-1\s+│\s+Rebooting\s+│\s+Teleporting 13%\s+│\s+-\s+│", output);
        Assert.Matches(@"robot-2\s+│\s+Failed\s+│\s+Launching\s+│.*│\s+NewRobotCode\s+│", output);
        Assert.Matches(@"robot-3\s+│\s+Failed\s+│\s+Launching\s+│.*│\s+Out of battery\.\s+│", output);
        Assert.DoesNotContain("Unknown", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NewRobotCode:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wait_lines_show_unknown_values_as_sent()
    {
        Reply("/describeDeploymentJob", DescribeWithNewValues("Failed"));

        var code = await _cli.RunAsync("wait", "--job", JobArn, "--endpoint", _server.Url!);

        Assert.Equal(ExitCodes.DeploymentFailed, code);
        var lines = _cli.Out.ToString().ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(
            [
                "job sim-1234abcd: Failed",
                "robot-1: Rebooting, Teleporting 13%",
                "robot-2: Failed, Launching, failure NewRobotCode",
                "robot-3: Failed, Launching",
            ],
            lines);
        Assert.Matches(@"robot-2\s+│\s+Failed\s+│\s+Launching\s+│.*│\s+NewRobotCode\s+│", _cli.Console.Output);
    }

    [Fact]
    public void A_robot_at_an_unknown_step_keeps_its_last_known_percent()
    {
        var percents = new RobotPercents();
        var downloading = new RobotProgress { Arn = Robot(1), Status = RobotStatus.Deploying, CurrentStep = RobotDeploymentStep.DownloadingExtracting, PercentDone = 50 };
        var teleporting = new RobotProgress { Arn = Robot(1), RawStatus = "Deploying", RawCurrentStep = "Teleporting", PercentDone = 13 };
        var newcomer = teleporting with { Arn = Robot(2) };

        var before = percents.Update(downloading);

        Assert.Equal(41.7, before);
        Assert.Null(RobotProgressText.OverallPercent(teleporting));
        Assert.Equal(before, percents.Update(teleporting));
        Assert.Equal(0, percents.Update(newcomer));
        Assert.Equal(100, percents.Update(teleporting with { RawCurrentStep = "Finished" }));
    }

    [Fact]
    public async Task The_live_bars_do_not_jump_back_when_a_robot_reaches_an_unknown_step()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Width = 160;
        var first = new DeploymentJobProgress
        {
            JobArn = CannedReplies.JobArn,
            RawStatus = "InProgress",
            Robots = [new RobotProgress { Arn = Robot(1), RawStatus = "Deploying", RawCurrentStep = "DownloadingExtracting", PercentDone = 50 }],
        };
        var second = first with { Robots = [new RobotProgress { Arn = Robot(1), RawStatus = "Deploying", RawCurrentStep = "Teleporting", PercentDone = 13, RawFailureCode = "NewRobotCode" }] };

        await new LiveProgressView(console).RunAsync(progress =>
        {
            progress.Report(first);
            progress.Report(second);
            return Task.FromResult(new DescribeDeploymentJobResponse { Arn = JobArn, RawStatus = "InProgress" });
        });

        // The last frame: robot-1 at the new step, its bar still at the 41.7% it had reached (shown as 41%).
        var output = console.Output;
        var last = output[output.LastIndexOf("robot-1 ", StringComparison.Ordinal)..];
        var line = last.Split('\n')[0];
        Assert.Contains("Teleporting 13%", line, StringComparison.Ordinal);
        Assert.Contains("NewRobotCode", line, StringComparison.Ordinal);
        Assert.Matches(@"\s41%", line);
        Assert.DoesNotMatch(@"\s0%", line);
    }
}
