using System.Net;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>Which odd replies are worth another attempt, and which end the call at once.</summary>
public sealed class ReplyClassificationTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    [Fact]
    public async Task Well_formed_JSON_of_the_wrong_shape_is_not_retried()
    {
        _transport.On("describeDeploymentJob", Ok("""{"arn":"arn:x","status":3}"""), Ok(Describe("Succeeded")));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        Assert.False(error.IsIncomplete);
        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, transport.Count);
        Assert.Contains("JSON of another shape", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task A_reply_cut_short_is_retried()
    {
        _transport.On("describeDeploymentJob", CutShort(Describe("Succeeded"), 100), Ok(Describe("Succeeded")));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Integers_written_as_integral_floats_are_read_and_fractions_are_refused()
    {
        var robot = """{"arn":"arn:r","status":"Deploying","progressDetail":{"currentProgress":"DownloadingExtracting","percentDone":12.5,"estimatedTimeRemainingSeconds":12.0}}""";
        var reply = Describe("InProgress", "[" + robot + "]").Replace("\"createdAt\"", "\"deploymentConfig\":{\"robotDeploymentTimeoutInSeconds\":300.0,\"concurrentDeploymentPercentage\":50.0},\"createdAt\"", StringComparison.Ordinal);
        _transport.On("describeDeploymentJob", Ok(reply));
        using var client = Client(_transport, _clock);

        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(12, job.RobotDeploymentSummary[0].ProgressDetail!.EstimatedTimeRemainingSeconds);
        Assert.Equal(12.5f, job.RobotDeploymentSummary[0].ProgressDetail!.PercentDone);
        Assert.Equal(300, job.DeploymentConfig!.RobotDeploymentTimeoutInSeconds);
        Assert.Equal(50, job.DeploymentConfig.ConcurrentDeploymentPercentage);

        _transport.Reset();
        _transport.On("describeDeploymentJob", Ok(reply.Replace("12.0", "12.5", StringComparison.Ordinal)));
        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));
        Assert.False(error.IsIncomplete);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_RetryMaxDelay_ends_the_retries_with_the_services_error()
    {
        var throttled = Throttled("req-wait");
        throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3600));
        _transport.On("describeDeploymentJob", throttled, Ok(Describe("Succeeded")));
        var transport = _transport;
        using var client = Client(_transport, _clock, o => o.RetryMaxDelay = TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<ThrottlingException>(() => client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn }));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal("req-wait", error.RequestId);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task The_waiter_gives_up_after_MaxThrottledPolls_throttled_polls_in_a_row()
    {
        _transport.On("describeDeploymentJob", Ok(Describe("InProgress")), Throttled("req-1"), Throttled("req-2"));
        var transport = _transport;
        using var client = Client(_transport, _clock, o => o.MaxAttempts = 1);

        var wait = client.WaitForDeploymentJobAsync(JobArn, new DeploymentWaitOptions { MaxThrottledPolls = 2, JitterSource = static () => 0 });
        var error = await Assert.ThrowsAsync<ThrottlingException>(() => _clock.RunAsync(wait));

        Assert.Equal("req-2", error.RequestId);
        Assert.Equal(3, transport.Count);
    }
}

public class TransientFaultClassificationTests
{
    [Fact]
    public void A_bare_socket_reset_is_transient_like_the_HttpRequestException_that_usually_wraps_it()
    {
        Assert.True(RoboMakerDeploy.TransientFaults.IsTransient(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset)));
        Assert.True(RoboMakerDeploy.TransientFaults.IsTransient(new HttpRequestException("reset")));
        Assert.False(RoboMakerDeploy.TransientFaults.IsTransient(new InvalidParameterException("bad")));
        Assert.False(RoboMakerDeploy.TransientFaults.IsTransient(new OperationCanceledException()));
    }
}
