using System.Net;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>Every successful response carries its metadata: request id, HTTP status, attempts (issue 12).</summary>
public sealed class ResponseMetadataTests
{
    private readonly VirtualClock _clock = new();

    /// <summary>Valid replies per path; each request id names the path and the attempt; attempt 1 of each call may be throttled.</summary>
    private static InMemoryTransport Service(bool throttleFirst = false)
    {
        var seen = new Dictionary<string, int>();
        return new InMemoryTransport((request, _) =>
        {
            var path = request.RequestUri!.AbsolutePath;
            var n = seen[path] = seen.GetValueOrDefault(path) + 1;
            var requestId = $"req{path}-{n}";
            if (throttleFirst && n % 2 == 1) return Throttled(requestId);
            var reply = Ok(path switch
            {
                "/createDeploymentJob" or "/syncDeploymentJob" => CreateReply,
                "/describeDeploymentJob" => Describe("Succeeded"),
                "/listDeploymentJobs" => request.Content!.ReadAsStringAsync().Result.Contains("nextToken", StringComparison.Ordinal)
                    ? ListPage(null, "b")
                    : ListPage("page-2", "a"),
                "/cancelDeploymentJob" => "",
                _ => throw new InvalidOperationException(path),
            });
            reply.Headers.TryAddWithoutValidation("x-amzn-RequestId", requestId);
            return reply;
        });
    }

    private RoboMakerDeployClient Client(InMemoryTransport transport) => new(Options("https://robomaker.us-west-2.amazonaws.com", _clock), transport);

    [Fact]
    public async Task Every_operation_returns_the_request_id_status_and_attempts_of_its_response()
    {
        using var client = Client(Service());

        var metadata = new[]
        {
            (await client.CreateDeploymentJobAsync(CreateRequest())).ResponseMetadata,
            (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn })).ResponseMetadata,
            (await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest())).ResponseMetadata,
            (await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn })).ResponseMetadata,
            (await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn })).ResponseMetadata,
        };

        Assert.Equal(
            ["req/createDeploymentJob-1", "req/describeDeploymentJob-1", "req/listDeploymentJobs-1", "req/syncDeploymentJob-1", "req/cancelDeploymentJob-1"],
            metadata.Select(m => m!.RequestId));
        Assert.All(metadata, m => Assert.Equal(HttpStatusCode.OK, m!.HttpStatusCode));
        Assert.All(metadata, m => Assert.Equal(1, m!.Attempts));
        Assert.All(metadata, m => Assert.Equal(0, m!.ThrottledAttempts));
    }

    [Fact]
    public async Task After_a_throttled_attempt_the_metadata_is_the_successful_attempts_and_counts_both()
    {
        using var client = Client(Service(throttleFirst: true));

        var metadata = new[]
        {
            (await client.CreateDeploymentJobAsync(CreateRequest())).ResponseMetadata,
            (await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn })).ResponseMetadata,
            (await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest())).ResponseMetadata,
            (await client.SyncDeploymentJobAsync(new SyncDeploymentJobRequest { Fleet = FleetArn })).ResponseMetadata,
            (await client.CancelDeploymentJobAsync(new CancelDeploymentJobRequest { Job = JobArn })).ResponseMetadata,
        };

        Assert.Equal(
            ["req/createDeploymentJob-2", "req/describeDeploymentJob-2", "req/listDeploymentJobs-2", "req/syncDeploymentJob-2", "req/cancelDeploymentJob-2"],
            metadata.Select(m => m!.RequestId));
        Assert.All(metadata, m => Assert.Equal((HttpStatusCode.OK, 2, 1), (m!.HttpStatusCode, m.Attempts, m.ThrottledAttempts)));
    }

    [Fact]
    public async Task Every_page_of_the_paginator_and_the_waiters_result_carry_their_own_metadata()
    {
        using var client = Client(Service());

        var pages = new List<ListDeploymentJobsResponse>();
        await foreach (var page in client.ListDeploymentJobPagesAsync()) pages.Add(page);
        var waited = await client.WaitForDeploymentJobAsync(JobArn, new DeploymentWaitOptions { MinDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero });

        Assert.Equal(["req/listDeploymentJobs-1", "req/listDeploymentJobs-2"], pages.Select(p => p.ResponseMetadata!.RequestId));
        Assert.Equal("req/describeDeploymentJob-1", waited.ResponseMetadata!.RequestId);
        Assert.Equal(HttpStatusCode.OK, waited.ResponseMetadata.HttpStatusCode);
    }
}
