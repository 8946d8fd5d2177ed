using System.Text;
using System.Text.Json;
using RoboMakerDeploy.Cli;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.Cli.Tests.Commands;

/// <summary>The <c>fleet</c>, <c>robot</c> and <c>app</c> commands against canned replies: what they send, print and exit with.</summary>
public sealed class CliResourceCommandTests : IDisposable
{
    private const string FleetArn = CannedReplies.FleetArn;
    private const string AppArn = CannedReplies.AppArn;
    private static readonly string RobotArn = CannedReplies.Robot(1);

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly CliHarness _cli = new();

    public void Dispose() => _server.Stop();

    private string Endpoint => _server.Url!;

    private void Reply(string path, string json, int status = 200, string? errorType = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithHeader("x-amzn-RequestId", "req-1").WithBody(json);
        if (errorType is not null) response = response.WithHeader("x-amzn-ErrorType", errorType);
        _server.Given(Request.Create().WithPath(path).UsingPost()).RespondWith(response);
    }

    private void ReplyPages(string path, params string[] pages) =>
        ResilienceTestKit.Sequence(_server, path, [.. pages.Select(CannedReplies.Ok)]);

    private string SentBody(int index = 0) => Encoding.UTF8.GetString(_server.LogEntries.ElementAt(index).RequestMessage!.BodyAsBytes!);

    private Task<int> Run(params string[] args) => _cli.RunAsync([.. args, "--endpoint", Endpoint]);

    // fleet

    [Fact]
    public async Task Fleet_create_sends_name_and_tags_and_prints_the_fleet()
    {
        Reply("/createFleet", $$$"""{"arn":"{{{FleetArn}}}","name":"demo-fleet","createdAt":1600000000,"tags":{"team":"nav"}}""");

        var code = await Run("fleet", "create", "--name", "demo-fleet", "--tag", "team=nav");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"name":"demo-fleet","tags":{"team":"nav"}}""", SentBody());
        Assert.Contains(FleetArn, _cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains("2020-09-13 12:26:40Z", _cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains("team=nav", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet_describe_prints_the_fleet_and_a_row_per_robot()
    {
        Reply("/describeFleet", $$$"""{"name":"demo-fleet","arn":"{{{FleetArn}}}","robots":[{"arn":"{{{RobotArn}}}","name":"robot-1","status":"InSync","architecture":"ARM64"},{"name":"robot-2","status":"Hibernating"}],"lastDeploymentStatus":"Succeeded"}""");

        var code = await Run("fleet", "describe", "--fleet", FleetArn);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"fleet":"{{{FleetArn}}}"}""", SentBody());
        var output = _cli.Console.Output;
        Assert.Contains("Succeeded", output, StringComparison.Ordinal);
        Assert.Matches(@"robot-1\s+│\s+InSync\s+│\s+-\s+│\s+ARM64", output);
        // A status this CLI does not know prints as the service sent it.
        Assert.Matches(@"robot-2\s+│\s+Hibernating", output);
        Assert.Contains("2 robots", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet_describe_json_prints_the_reply_with_wire_names()
    {
        Reply("/describeFleet", $$$"""{"name":"demo-fleet","arn":"{{{FleetArn}}}","robots":[{"name":"robot-1","status":"InSync"}],"lastDeploymentStatus":"Paused"}""");

        var code = await Run("fleet", "describe", "--fleet", FleetArn, "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        var json = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal(FleetArn, json.GetProperty("arn").GetString());
        Assert.Equal("Paused", json.GetProperty("lastDeploymentStatus").GetString());
        Assert.Equal("InSync", json.GetProperty("robots")[0].GetProperty("status").GetString());
        Assert.Equal(string.Empty, _cli.Console.Output);
    }

    [Fact]
    public async Task Fleet_list_walks_every_page_and_prints_a_row_per_fleet()
    {
        ReplyPages("/listFleets",
            """{"fleetDetails":[{"name":"fleet-a","lastDeploymentStatus":"Succeeded"}],"nextToken":"t2"}""",
            """{"fleetDetails":[{"name":"fleet-b"}]}""");

        var code = await Run("fleet", "list", "--name", "fleet", "--page-size", "1");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"maxResults":1,"filters":[{"name":"name","values":["fleet"]}]}""", SentBody(0));
        Assert.Equal("""{"nextToken":"t2","maxResults":1,"filters":[{"name":"name","values":["fleet"]}]}""", SentBody(1));
        Assert.Matches(@"fleet-a\s+│\s+-\s+│\s+Succeeded", _cli.Console.Output);
        Assert.Contains("fleet-b", _cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains("2 fleets", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet_list_json_prints_one_document_and_max_items_stops_early()
    {
        ReplyPages("/listFleets", """{"fleetDetails":[{"name":"fleet-a"},{"name":"fleet-b"}],"nextToken":"t2"}""");

        var code = await Run("fleet", "list", "--max-items", "1", "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        var json = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal("fleet-a", Assert.Single(json.GetProperty("fleetDetails").EnumerateArray()).GetProperty("name").GetString());
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task Fleet_delete_sends_the_fleet_and_says_so()
    {
        Reply("/deleteFleet", "{}");

        var code = await Run("fleet", "delete", "--fleet", FleetArn);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"fleet":"{{{FleetArn}}}"}""", SentBody());
        Assert.Contains("Deleted fleet " + FleetArn, _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet_delete_of_a_missing_fleet_exits_1_with_the_service_error()
    {
        Reply("/deleteFleet", """{"message":"Fleet not found."}""", 404, "ResourceNotFoundException");

        var code = await Run("fleet", "delete", "--fleet", FleetArn);

        Assert.Equal(ExitCodes.Error, code);
        Assert.StartsWith("error: ResourceNotFoundException: Fleet not found. (DeleteFleet, HTTP 404", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fleet_create_without_a_name_is_a_usage_error()
    {
        var code = await Run("fleet", "create");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--name", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_server.LogEntries);
    }

    // robot

    [Fact]
    public async Task Robot_create_sends_every_member_and_prints_the_robot()
    {
        Reply("/createRobot", $$$"""{"arn":"{{{RobotArn}}}","name":"robot-1","greengrassGroupId":"gg-1","architecture":"ARM64","createdAt":1600000000}""");

        var code = await Run("robot", "create", "--name", "robot-1", "--architecture", "ARM64", "--greengrass-group-id", "gg-1", "--tag", "site=lab");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"name":"robot-1","architecture":"ARM64","greengrassGroupId":"gg-1","tags":{"site":"lab"}}""", SentBody());
        Assert.Contains(RobotArn, _cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains("gg-1", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robot_create_with_an_unknown_architecture_is_a_usage_error()
    {
        var code = await Run("robot", "create", "--name", "r", "--architecture", "SPARC", "--greengrass-group-id", "gg");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("SPARC", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task Robot_describe_prints_status_and_fleet()
    {
        Reply("/describeRobot", $$$"""{"arn":"{{{RobotArn}}}","name":"robot-1","fleetArn":"{{{FleetArn}}}","status":"Deploying","architecture":"X86_64","greengrassGroupId":"gg-1"}""");

        var code = await Run("robot", "describe", "--robot", RobotArn);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"robot":"{{{RobotArn}}}"}""", SentBody());
        Assert.Matches(@"Status\s+│\s+Deploying", _cli.Console.Output);
        Assert.Contains(FleetArn, _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robot_list_filters_by_fleet_name_and_prints_json()
    {
        ReplyPages("/listRobots", $$$"""{"robots":[{"name":"robot-1","status":"Available","fleetArn":"{{{FleetArn}}}"}]}""");

        var code = await Run("robot", "list", "--fleet", "demo-fleet", "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"filters":[{"name":"fleetName","values":["demo-fleet"]}]}""", SentBody());
        var robot = JsonDocument.Parse(_cli.Out.ToString()).RootElement.GetProperty("robots")[0];
        Assert.Equal("Available", robot.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Robot_list_prints_a_table()
    {
        ReplyPages("/listRobots", $$$"""{"robots":[{"name":"robot-1","status":"Available","fleetArn":"{{{FleetArn}}}","architecture":"ARMHF"}]}""");

        var code = await Run("robot", "list", "--status", "Available");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"filters":[{"name":"status","values":["Available"]}]}""", SentBody());
        Assert.Matches(@"robot-1\s+│\s+Available\s+│\s+MyFleet\s+│\s+ARMHF", _cli.Console.Output);
    }

    [Fact]
    public async Task Robot_list_refuses_two_filters()
    {
        var code = await Run("robot", "list", "--fleet", "f", "--status", "Available");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task Robot_delete_sends_the_robot()
    {
        Reply("/deleteRobot", "{}");

        var code = await Run("robot", "delete", "--robot", RobotArn);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"robot":"{{{RobotArn}}}"}""", SentBody());
        Assert.Contains("Deleted robot", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("register", "/registerRobot", "Registered robot")]
    [InlineData("deregister", "/deregisterRobot", "Deregistered robot")]
    public async Task Robot_register_and_deregister_send_fleet_and_robot(string verb, string path, string said)
    {
        var json = $$$"""{"fleet":"{{{FleetArn}}}","robot":"{{{RobotArn}}}"}""";
        Reply(path, json);

        var code = await Run("robot", verb, "--fleet", FleetArn, "--robot", RobotArn);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(json, SentBody());
        Assert.Contains(said, _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robot_register_json_prints_the_reply()
    {
        Reply("/registerRobot", $$$"""{"fleet":"{{{FleetArn}}}","robot":"{{{RobotArn}}}"}""");

        var code = await Run("robot", "register", "--fleet", FleetArn, "--robot", RobotArn, "-o", "json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(RobotArn, JsonDocument.Parse(_cli.Out.ToString()).RootElement.GetProperty("robot").GetString());
    }

    // app

    [Fact]
    public async Task App_create_sends_suite_sources_and_tags_and_prints_the_application()
    {
        Reply("/createRobotApplication", $$$"""{"arn":"{{{AppArn}}}","name":"demo-app","version":"$LATEST","sources":[{"s3Bucket":"bundles","s3Key":"x86.tar","architecture":"X86_64"}],"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"revisionId":"r1"}""");

        var code = await Run("app", "create", "--name", "demo-app", "--suite", "ROS2", "--suite-version", "Foxy", "--source", "X86_64=s3://bundles/x86.tar", "--tag", "team=nav");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            """{"name":"demo-app","sources":[{"s3Bucket":"bundles","s3Key":"x86.tar","architecture":"X86_64"}],"robotSoftwareSuite":{"name":"ROS2","version":"Foxy"},"tags":{"team":"nav"}}""",
            SentBody());
        var output = _cli.Console.Output;
        Assert.Contains(AppArn, output, StringComparison.Ordinal);
        Assert.Contains("ROS2 Foxy", output, StringComparison.Ordinal);
        Assert.Contains("X86_64 s3://bundles/x86.tar", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_create_with_a_malformed_source_is_a_usage_error()
    {
        var code = await Run("app", "create", "--name", "a", "--suite", "General", "--source", "s3://b/k");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("ARCH=s3://bucket/key", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task App_create_version_sends_the_checks_and_prints_the_version()
    {
        Reply("/createRobotApplicationVersion", $$$"""{"arn":"{{{AppArn}}}","name":"demo-app","version":"3","robotSoftwareSuite":{"name":"General"},"revisionId":"r2"}""");

        var code = await Run("app", "create-version", "--application", AppArn, "--current-revision-id", "r1");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"application":"{{{AppArn}}}","currentRevisionId":"r1"}""", SentBody());
        Assert.Matches(@"Version\s+│\s+3", _cli.Console.Output);
    }

    [Fact]
    public async Task App_describe_json_prints_the_reply()
    {
        Reply("/describeRobotApplication", $$$"""{"arn":"{{{AppArn}}}","name":"demo-app","version":"2","robotSoftwareSuite":{"name":"ROS3","version":"Jazzy"},"environment":{"uri":"img:1"}}""");

        var code = await Run("app", "describe", "--application", AppArn, "--version", "2", "--output", "json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"application":"{{{AppArn}}}","applicationVersion":"2"}""", SentBody());
        var json = JsonDocument.Parse(_cli.Out.ToString()).RootElement;
        Assert.Equal("ROS3", json.GetProperty("robotSoftwareSuite").GetProperty("name").GetString());
        Assert.Equal("img:1", json.GetProperty("environment").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task App_describe_prints_a_table()
    {
        Reply("/describeRobotApplication", $$$"""{"arn":"{{{AppArn}}}","name":"demo-app","version":"$LATEST","robotSoftwareSuite":{"name":"ROS","version":"Melodic"},"environment":{"uri":"img:1"}}""");

        var code = await Run("app", "describe", "--application", AppArn);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"application":"{{{AppArn}}}"}""", SentBody());
        Assert.Contains("ROS Melodic", _cli.Console.Output, StringComparison.Ordinal);
        Assert.Matches(@"Image\s+│\s+img:1", _cli.Console.Output);
    }

    [Fact]
    public async Task App_list_asks_for_every_version_and_prints_a_row_per_version()
    {
        ReplyPages("/listRobotApplications",
            """{"robotApplicationSummaries":[{"name":"demo-app","version":"$LATEST","robotSoftwareSuite":{"name":"ROS2","version":"Foxy"}}],"nextToken":"n"}""",
            """{"robotApplicationSummaries":[{"name":"demo-app","version":"1"}]}""");

        var code = await Run("app", "list", "--all-versions");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"versionQualifier":"ALL"}""", SentBody(0));
        Assert.Equal("""{"versionQualifier":"ALL","nextToken":"n"}""", SentBody(1));
        Assert.Matches(@"demo-app\s+│\s+\$LATEST\s+│\s+ROS2 Foxy", _cli.Console.Output);
        Assert.Contains("2 applications", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_update_sends_suite_image_and_revision()
    {
        Reply("/updateRobotApplication", $$$"""{"arn":"{{{AppArn}}}","name":"demo-app","version":"$LATEST","robotSoftwareSuite":{"name":"General"},"environment":{"uri":"img:2"},"revisionId":"r3"}""");

        var code = await Run("app", "update", "--application", AppArn, "--suite", "General", "--image", "img:2", "--current-revision-id", "r2");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"application":"{{{AppArn}}}","robotSoftwareSuite":{"name":"General"},"currentRevisionId":"r2","environment":{"uri":"img:2"}}""", SentBody());
        Assert.Matches(@"Revision\s+│\s+r3", _cli.Console.Output);
    }

    [Fact]
    public async Task App_delete_sends_application_and_version()
    {
        Reply("/deleteRobotApplication", "");

        var code = await Run("app", "delete", "--application", AppArn, "--version", "2");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($$$"""{"application":"{{{AppArn}}}","applicationVersion":"2"}""", SentBody());
        Assert.Contains("Deleted robot application " + AppArn + " version 2", _cli.Console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_delete_json_prints_the_empty_reply()
    {
        Reply("/deleteRobotApplication", "{}");

        var code = await Run("app", "delete", "--application", AppArn, "-o", "json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("{}", _cli.Out.ToString().Trim());
    }
}
