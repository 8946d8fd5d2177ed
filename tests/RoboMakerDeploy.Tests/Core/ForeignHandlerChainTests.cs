using System.Net;
using RoboMakerDeploy.Auth;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Tests.Core;

/// <summary>
/// A client over an <see cref="HttpClient"/> whose chain the application assembled itself (signing, but not
/// the SDK's reply handler): replies are still read into models, and error and odd replies still become
/// the SDK's exceptions.
/// </summary>
public sealed class ForeignHandlerChainTests : IClassFixture<WireMockFixture>, IDisposable
{
    private readonly WireMockFixture _wire;
    private readonly HttpClient _http;
    private readonly RoboMakerDeployClient _client;

    public ForeignHandlerChainTests(WireMockFixture wire)
    {
        _wire = wire;
        _wire.Reset();
        var signing = new SigV4SigningHandler(
            new StaticCredentialsProvider(WireMockFixture.AccessKey, WireMockFixture.SecretKey), "us-west-2", "robomaker", TimeProvider.System)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        _http = new HttpClient(signing) { BaseAddress = new Uri(_wire.Server.Url!) };
        _client = new RoboMakerDeployClient(_http, new RoboMakerDeployClientOptions { Region = "us-west-2", ServiceUrl = new Uri(_wire.Server.Url!) });
    }

    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task A_success_reply_is_parsed_into_the_model()
    {
        _wire.ReplyJson("/describeDeploymentJob", Samples.DescribeReply);

        var job = await _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = Samples.JobArn });

        Assert.Equal(Samples.JobArn, job.Arn);
        Assert.NotEmpty(job.RobotDeploymentSummary);
    }

    [Fact]
    public async Task An_empty_reply_to_CancelDeploymentJob_means_done()
    {
        _wire.ReplyJson("/cancelDeploymentJob", "");

        Assert.Equal(new CancelDeploymentJobResponse(), await _client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = Samples.JobArn }));
    }

    [Fact]
    public async Task An_error_reply_becomes_the_typed_exception_with_its_request_id()
    {
        _wire.Reply(
            "/describeDeploymentJob",
            400,
            """{"message":"Rate exceeded"}""",
            ("x-amzn-ErrorType", "ThrottlingException"),
            ("x-amzn-RequestId", WireMockFixture.RequestId));

        var ex = await Assert.ThrowsAsync<ThrottlingException>(() => _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = Samples.JobArn }));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(WireMockFixture.RequestId, ex.RequestId);
        Assert.Equal("DescribeDeploymentJob", ex.Operation);
    }

    [Fact]
    public async Task A_page_from_a_proxy_becomes_MalformedReplyException_not_a_JsonException()
    {
        _wire.Reply("/describeDeploymentJob", 200, "<html>gateway</html>", ("Content-Type", "text/html"));

        var ex = await Assert.ThrowsAsync<MalformedReplyException>(() => _client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = Samples.JobArn }));

        Assert.Equal("DescribeDeploymentJob", ex.Operation);
        Assert.Contains("<html>gateway</html>", ex.Message, StringComparison.Ordinal);
    }
}
