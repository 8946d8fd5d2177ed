using System.Text.Json;
using RoboMakerDeploy.Cli;
using RoboMakerDeploy.Emulator;

namespace RoboMakerDeploy.Cli.Tests;

/// <summary>The demo and the commands against the in-process emulator, on a clock that moves on by itself.</summary>
public sealed class CliDemoTests
{
    private static readonly string[] Steps = ["Validating", "ExecutingDownloadCondition", "DownloadingExtracting", "ExecutingPreLaunch", "Launching", "ExecutingPostLaunch"];

    [Fact]
    public async Task No_arguments_runs_the_demo_which_deploys_to_8_robots_and_exits_0()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync();

        Assert.Equal(ExitCodes.Success, code);
        var progress = cli.Out.ToString();
        for (var robot = 1; robot <= 8; robot++)
        {
            foreach (var step in Steps)
            {
                Assert.Contains($"demo-fleet-robot-{robot:D2}: Deploying, {step}", progress, StringComparison.Ordinal);
            }
            Assert.Contains($"demo-fleet-robot-{robot:D2}: InSync, Finished", progress, StringComparison.Ordinal);
        }
        Assert.Matches(@"job deployment-[a-z0-9]{12}: Succeeded", progress);
        var output = cli.Console.Output;
        Assert.Contains("Jobs of fleet demo-fleet (1 page):", output, StringComparison.Ordinal);
        Assert.Matches(@"deployment-[a-z0-9]{12}\s+│\s+demo-fleet\s+│\s+Succeeded\s+│\s+warehouse-picker\s+│\s+1", output);
        Assert.Contains("ended Succeeded: 8 of 8 robots in sync.", output, StringComparison.Ordinal);
        Assert.Contains("Built through the API: fleet demo-fleet of 8 registered robots (4 X86_64, 4 ARM64), application warehouse-picker version 1", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Error.ToString());
    }

    [Fact]
    public async Task The_demo_builds_its_fleet_robots_and_application_through_the_API_in_order()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("demo", "--robots", "3", "--verbose");

        Assert.Equal(ExitCodes.Success, code);
        var log = cli.Error.ToString();
        // The emulator is strict, so the deployment could only succeed on what these calls created.
        var calls = new[] { "CreateFleet", "CreateRobot", "RegisterRobot", "CreateRobot", "RegisterRobot", "CreateRobot", "RegisterRobot", "CreateRobotApplication", "CreateRobotApplicationVersion", "CreateDeploymentJob" };
        var at = 0;
        foreach (var call in calls)
        {
            var next = log.IndexOf(" " + call + " ", at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"no {call} after index {at} in the log:\n{log}");
            at = next + call.Length;
        }
        Assert.Contains("(2 X86_64, 1 ARM64)", cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_draws_live_progress_bars_on_a_terminal()
    {
        var cli = new CliHarness(interactive: true);

        var code = await cli.RunAsync("demo", "--robots", "3");

        Assert.Equal(ExitCodes.Success, code);
        var output = cli.Console.Output;
        Assert.Contains("━", output, StringComparison.Ordinal);
        Assert.Contains("demo-fleet-robot-03", output, StringComparison.Ordinal);
        Assert.Contains("100%", output, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-fleet-robot-04", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Out.ToString());
    }

    [Fact]
    public async Task A_demo_with_a_failing_robot_exits_3_and_names_the_failure()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("demo", "--fail-robot", "3");

        Assert.Equal(ExitCodes.DeploymentFailed, code);
        Assert.Contains("demo-fleet-robot-03: Failed, Launching", cli.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("RobotDeploymentAborted", cli.Console.Output, StringComparison.Ordinal);
        Assert.Matches(@"Deployment job arn:aws:robomaker:us-west-2:123456789012:deployment-job/deployment-[a-z0-9]{12} ended Failed", cli.Error.ToString());
    }

    [Fact]
    public async Task The_demo_in_json_prints_the_final_description_only()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("--output", "json", "--robots", "2");

        Assert.Equal(ExitCodes.Success, code);
        var json = JsonDocument.Parse(cli.Out.ToString()).RootElement;
        Assert.Equal("Succeeded", json.GetProperty("status").GetString());
        Assert.Equal(2, json.GetProperty("robotDeploymentSummary").GetArrayLength());
        Assert.Equal(string.Empty, cli.Console.Output);
    }

    [Fact]
    public async Task Commands_against_the_emulator_create_wait_list_describe_and_cancel()
    {
        await using var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions
        {
            RobotsPerFleet = 4,
            TimeProvider = new VirtualClock(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(50) },
        });
        var endpoint = emulator.Endpoint.ToString();
        const string fleet = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/cli-fleet/1600000000000";
        const string app = "arn:aws:robomaker:us-west-2:123456789012:robot-application/cli-app/1600000000000";

        var create = new CliHarness();
        var code = await create.RunAsync("create", "--endpoint", endpoint, "--fleet", fleet, "--application", app, "--application-version", "3",
            "--package", "pkg", "--launch-file", "main.launch", "--wait", "-o", "json");
        Assert.Equal(ExitCodes.Success, code);
        var created = JsonDocument.Parse(create.Out.ToString()).RootElement;
        Assert.Equal("Succeeded", created.GetProperty("status").GetString());
        var jobArn = created.GetProperty("arn").GetString()!;

        var second = new CliHarness();
        Assert.Equal(ExitCodes.Success, await second.RunAsync("create", "--endpoint", endpoint, "--fleet", fleet, "--application", app,
            "--application-version", "4", "--package", "pkg", "--launch-file", "main.launch", "-o", "json"));
        var secondArn = JsonDocument.Parse(second.Out.ToString()).RootElement.GetProperty("arn").GetString()!;

        var cancel = new CliHarness();
        Assert.Equal(ExitCodes.Success, await cancel.RunAsync("cancel", "--endpoint", endpoint, "--job", secondArn));

        var wait = new CliHarness();
        Assert.Equal(ExitCodes.DeploymentFailed, await wait.RunAsync("wait", "--endpoint", endpoint, "--job", secondArn));
        Assert.Contains("ended Canceled", wait.Error.ToString(), StringComparison.Ordinal);

        var list = new CliHarness();
        Assert.Equal(ExitCodes.Success, await list.RunAsync("list", "--endpoint", endpoint, "--fleet", "cli-fleet", "--page-size", "1", "-o", "json"));
        var arns = JsonDocument.Parse(list.Out.ToString()).RootElement.EnumerateArray().Select(j => j.GetProperty("arn").GetString()).ToList();
        Assert.Equal(2, arns.Count);
        Assert.Contains(jobArn, arns);
        Assert.Contains(secondArn, arns);

        var describe = new CliHarness();
        Assert.Equal(ExitCodes.Success, await describe.RunAsync("describe", "--endpoint", endpoint, "--job", jobArn));
        Assert.Matches(@"cli-fleet-robot-04\s+│\s+InSync\s+│\s+Finished", describe.Console.Output);

        var missing = new CliHarness();
        Assert.Equal(ExitCodes.Error, await missing.RunAsync("describe", "--endpoint", endpoint, "--job", jobArn[..^4] + "zzzz"));
        var line = Assert.Single(missing.Error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("error: ResourceNotFoundException: ", line, StringComparison.Ordinal);
        Assert.Matches(@"\(DescribeDeploymentJob, HTTP \d+, request id [^ )]+\)$", line);
    }
}
