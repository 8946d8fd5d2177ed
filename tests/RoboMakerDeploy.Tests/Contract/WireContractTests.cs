using System.Text.Json;
using System.Text.RegularExpressions;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>For every operation: the exact request on the wire, and the parse of a full reply.</summary>
public sealed partial class WireContractTests : IClassFixture<WireMockFixture>, IDisposable
{
    private readonly WireMockFixture _wire;
    private readonly RoboMakerDeployClient _client;

    public WireContractTests(WireMockFixture wire)
    {
        _wire = wire;
        _wire.Reset();
        _client = wire.CreateClient();
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("^[a-zA-Z0-9_\\-=]{1,64}$")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task CreateDeploymentJob_sends_every_member_by_its_wire_name_in_declared_order()
    {
        _wire.ReplyJson("/createDeploymentJob", CannedReplies.FullCreateReply);

        await _client.CreateDeploymentJobAsync(CannedReplies.FullCreate);

        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/createDeploymentJob");
        Assert.Equal(FullJobContract.FullCreateBody, body);
    }

    [Fact]
    public async Task CreateDeploymentJob_omits_null_members_and_fills_a_fresh_valid_token()
    {
        _wire.ReplyJson("/createDeploymentJob", CannedReplies.FullCreateReply);

        await _client.CreateDeploymentJobAsync(CannedReplies.MinimalCreate);
        await _client.CreateDeploymentJobAsync(CannedReplies.MinimalCreate);

        var bodies = _wire.Requests.Select(r => WireMockFixture.AssertJsonPost(r, "/createDeploymentJob")).ToArray();
        Assert.Equal(2, bodies.Length);
        var tokens = new List<string>();
        foreach (var body in bodies)
        {
            using var document = JsonDocument.Parse(body);
            var token = document.RootElement.GetProperty("clientRequestToken").GetString()!;
            Assert.Matches(TokenPattern(), token);
            tokens.Add(token);
            var expected =
                "{\"clientRequestToken\":\"" + token + "\"," +
                "\"deploymentApplicationConfigs\":[{\"application\":\"" + CannedReplies.AppArn + "\",\"applicationVersion\":\"1\"," +
                "\"launchConfig\":{\"packageName\":\"hello_world\",\"launchFile\":\"rotate.launch\"}}]," +
                "\"fleet\":\"" + CannedReplies.FleetArn + "\"}";
            Assert.Equal(expected, body);
        }
        Assert.NotEqual(tokens[0], tokens[1]);
    }

    [Fact]
    public async Task CreateDeploymentJob_keeps_the_callers_token()
    {
        _wire.ReplyJson("/createDeploymentJob", CannedReplies.FullCreateReply);

        await _client.CreateDeploymentJobAsync(CannedReplies.MinimalCreate with { ClientRequestToken = "my-own_token=1" });

        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/createDeploymentJob");
        Assert.StartsWith("{\"clientRequestToken\":\"my-own_token=1\",", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateDeploymentJob_parses_a_full_reply()
    {
        _wire.ReplyJson("/createDeploymentJob", CannedReplies.FullCreateReply);

        var reply = await _client.CreateDeploymentJobAsync(CannedReplies.FullCreate);

        FullJobContract.AssertFullJob(reply);
        Assert.Equal(2, reply.Tags!.Count);
        Assert.Equal("robots", reply.Tags["team"]);
        Assert.Equal("prod", reply.Tags["env"]);
    }

    [Fact]
    public async Task DescribeDeploymentJob_sends_the_job_arn_and_parses_a_full_reply()
    {
        _wire.ReplyJson("/describeDeploymentJob", CannedReplies.FullDescribeReply);

        var reply = await _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = CannedReplies.JobArn });

        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/describeDeploymentJob");
        Assert.Equal("{\"job\":\"" + CannedReplies.JobArn + "\"}", body);

        FullJobContract.AssertFullJob(reply);
        Assert.Equal("robots", Assert.Single(reply.Tags!).Value);
        Assert.Equal(2, reply.RobotDeploymentSummary.Count);

        var robot = reply.RobotDeploymentSummary[0];
        Assert.Equal(CannedReplies.RobotArn, robot.Arn);
        Assert.Equal(new DateTimeOffset(2019, 11, 9, 0, 0, 1, 500, TimeSpan.Zero), robot.DeploymentStartTime);
        Assert.Equal(new DateTimeOffset(2019, 11, 9, 0, 1, 40, 987, TimeSpan.Zero), robot.DeploymentFinishTime);
        Assert.Equal(RobotStatus.Deploying, robot.Status);
        Assert.Equal("Deploying", robot.RawStatus);
        Assert.Equal("no space", robot.FailureReason);
        Assert.Equal(DeploymentJobErrorCode.ExtractingBundleFailure, robot.FailureCode);
        var progress = Assert.IsType<ProgressDetail>(robot.ProgressDetail);
        Assert.Equal(RobotDeploymentStep.DownloadingExtracting, progress.CurrentProgress);
        Assert.Equal(42.5f, progress.PercentDone);
        Assert.Equal(17, progress.EstimatedTimeRemainingSeconds);
        Assert.Equal(CannedReplies.JobArn, progress.TargetResource);

        var other = reply.RobotDeploymentSummary[1];
        Assert.Equal(RobotStatus.InSync, other.Status);
        Assert.Null(other.DeploymentStartTime);
        Assert.Null(other.DeploymentFinishTime);
        Assert.Null(other.FailureCode);
        Assert.Null(other.RawFailureCode);
        Assert.Equal(RobotDeploymentStep.Finished, other.ProgressDetail!.CurrentProgress);
        Assert.Null(other.ProgressDetail.PercentDone);
        Assert.Null(other.ProgressDetail.EstimatedTimeRemainingSeconds);
    }

    [Fact]
    public async Task ListDeploymentJobs_sends_filters_token_and_page_size_and_parses_a_full_page()
    {
        _wire.ReplyJson("/listDeploymentJobs", CannedReplies.FullListReply);

        var page = await _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest
        {
            Filters = [Filter.ByStatus(DeploymentStatus.InProgress, DeploymentStatus.Pending)],
            NextToken = "page-1",
            MaxResults = 200,
        });

        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/listDeploymentJobs");
        Assert.Equal("{\"filters\":[{\"name\":\"status\",\"values\":[\"InProgress\",\"Pending\"]}],\"nextToken\":\"page-1\",\"maxResults\":200}", body);

        Assert.Equal("page-2", page.NextToken);
        Assert.Equal(2, page.DeploymentJobs.Count);
        FullJobContract.AssertFullJob(page.DeploymentJobs[0]);
        var second = page.DeploymentJobs[1];
        Assert.Equal(DeploymentStatus.Succeeded, second.Status);
        Assert.Empty(second.DeploymentApplicationConfigs);
        Assert.Null(second.DeploymentConfig);
        Assert.Null(second.FailureCode);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1573257000), second.CreatedAt);
    }

    [Fact]
    public async Task ListDeploymentJobs_with_nothing_set_sends_an_empty_object()
    {
        _wire.ReplyJson("/listDeploymentJobs", "{\"deploymentJobs\":[]}");

        var page = await _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());

        Assert.Equal("{}", WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/listDeploymentJobs"));
        Assert.Empty(page.DeploymentJobs);
        Assert.Null(page.NextToken);
    }

    [Fact]
    public async Task ListDeploymentJobs_sends_a_fleet_name_filter()
    {
        _wire.ReplyJson("/listDeploymentJobs", "{\"deploymentJobs\":[]}");

        await _client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("MyFleet", "Other")] });

        Assert.Equal(
            "{\"filters\":[{\"name\":\"fleetName\",\"values\":[\"MyFleet\",\"Other\"]}]}",
            WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/listDeploymentJobs"));
    }

    [Fact]
    public async Task SyncDeploymentJob_sends_token_and_fleet_and_parses_a_full_reply()
    {
        _wire.ReplyJson("/syncDeploymentJob", CannedReplies.FullSyncReply);

        var reply = await _client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { ClientRequestToken = "sync-1", Fleet = CannedReplies.FleetArn });

        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/syncDeploymentJob");
        Assert.Equal("{\"clientRequestToken\":\"sync-1\",\"fleet\":\"" + CannedReplies.FleetArn + "\"}", body);
        FullJobContract.AssertFullJob(reply);
    }

    [Fact]
    public async Task SyncDeploymentJob_fills_a_fresh_valid_token()
    {
        _wire.ReplyJson("/syncDeploymentJob", CannedReplies.FullSyncReply);

        await _client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn });

        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/syncDeploymentJob");
        using var document = JsonDocument.Parse(body);
        var token = document.RootElement.GetProperty("clientRequestToken").GetString()!;
        Assert.Matches(TokenPattern(), token);
        Assert.Equal("{\"clientRequestToken\":\"" + token + "\",\"fleet\":\"" + CannedReplies.FleetArn + "\"}", body);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("")]
    public async Task CancelDeploymentJob_sends_the_job_and_accepts_an_empty_reply(string replyBody)
    {
        _wire.Reply("/cancelDeploymentJob", 200, replyBody, ("Content-Type", "application/json"));

        var reply = await _client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = CannedReplies.JobArn });

        Assert.Equal(new CancelDeploymentJobResponse(), reply);
        var body = WireMockFixture.AssertJsonPost(_wire.SingleRequest(), "/cancelDeploymentJob");
        Assert.Equal("{\"job\":\"" + CannedReplies.JobArn + "\"}", body);
    }

    [Fact]
    public async Task Unknown_members_in_a_reply_are_ignored()
    {
        _wire.ReplyJson("/describeDeploymentJob", "{\"arn\":\"" + CannedReplies.JobArn + "\",\"newMember\":{\"deep\":[1,2,{\"x\":null}]},\"status\":\"Pending\"}");

        var reply = await _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = CannedReplies.JobArn });

        Assert.Equal(CannedReplies.JobArn, reply.Arn);
        Assert.Equal(DeploymentStatus.Pending, reply.Status);
    }
}
