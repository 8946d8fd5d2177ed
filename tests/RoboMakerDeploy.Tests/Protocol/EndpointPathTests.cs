using RoboMakerDeploy.Models;

using RoboMakerDeploy.Tests.Contract;

namespace RoboMakerDeploy.Tests.Protocol;

/// <summary>A ServiceUrl with a path (a gateway or proxy prefix) still maps replies to their operation.</summary>
public sealed class EndpointPathTests : IClassFixture<WireMockFixture>
{
    private readonly WireMockFixture _wire;

    public EndpointPathTests(WireMockFixture wire)
    {
        _wire = wire;
        _wire.Reset();
    }

    [Fact]
    public async Task A_malformed_reply_behind_a_path_prefix_is_still_reported_with_its_operation_and_retried()
    {
        _wire.Reply("/robomaker/describeDeploymentJob", 200, "<html>not json</html>", ("Content-Type", "text/html"));
        using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
        {
            Region = "us-west-2",
            ServiceUrl = new Uri(_wire.Server.Url! + "/robomaker/"),
            Credentials = new StaticCredentialsProvider(WireMockFixture.AccessKey, WireMockFixture.SecretKey),
            MaxAttempts = 2,
            RetryBaseDelay = TimeSpan.Zero,
            RetryMaxDelay = TimeSpan.Zero,
            EnableRetryBudget = false,
        });

        var ex = await Assert.ThrowsAsync<MalformedResponseException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = CannedReplies.JobArn }));

        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Equal(2, _wire.Requests.Count);
        Assert.All(_wire.Requests, r => Assert.Equal("/robomaker/describeDeploymentJob", r.RequestMessage!.Path));
    }

    [Fact]
    public async Task A_reply_behind_a_path_prefix_parses()
    {
        _wire.ReplyJson("/robomaker/cancelDeploymentJob", "");
        _wire.ReplyJson("/robomaker/syncDeploymentJob", CannedReplies.FullSyncReply);
        using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
        {
            Region = "us-west-2",
            ServiceUrl = new Uri(_wire.Server.Url! + "/robomaker/"),
            Credentials = new StaticCredentialsProvider(WireMockFixture.AccessKey, WireMockFixture.SecretKey),
            MaxAttempts = 1,
        });

        FullJobContract.AssertFullJob(await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn }));
        Assert.Equal(new CancelDeploymentJobResponse(), await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = CannedReplies.JobArn }));
    }
}
