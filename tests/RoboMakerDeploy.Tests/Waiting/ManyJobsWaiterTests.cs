using System.Text.Json;
using RoboMakerDeploy.Models;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// How the many-jobs waiter resolves the jobs that vanished from its sweep of unfinished jobs: one listing of ended jobs
/// for several, a description for one, descriptions for those the listing does not hold; every call counted, in virtual time.
/// </summary>
public sealed class ManyJobsWaiterTests : IDisposable
{
    private const string A = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/job-a";
    private const string B = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/job-b";
    private const string C = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/job-c";
    private const string Unfinished = """[{"name":"status","values":["Pending","Preparing","InProgress"]}]""";
    private const string Ended = """[{"name":"status","values":["Succeeded","Failed","Canceled"]}]""";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _server.Stop();

    private static DeploymentWaitOptions Options => new() { JitterSource = static () => 0.5 };

    private static string Summary(string arn, string status, string extra = "") =>
        $$"""{"arn":"{{arn}}","fleet":"{{FleetArn}}","status":"{{status}}","createdAt":1709294400{{extra}}}""";

    private static string Page(string? nextToken, params string[] jobs) =>
        "{\"deploymentJobs\":[" + string.Join(",", jobs) + "]" + (nextToken is null ? string.Empty : $",\"nextToken\":\"{nextToken}\"") + "}";

    /// <summary>Serves ListDeploymentJobs filtered on the unfinished statuses (the sweep) with <paramref name="replies"/> in order.</summary>
    private void Sweeps(params string[] replies)
    {
        for (var i = 0; i < replies.Length; i++)
        {
            var provider = _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost().WithBody(new WildcardMatcher("*\"InProgress\"*"))).InScenario("sweep");
            if (i > 0) provider = provider.WhenStateIs("s" + i);
            if (i + 1 < replies.Length) provider = provider.WillSetStateTo("s" + (i + 1));
            provider.RespondWith(ToWireMockOk(replies[i]));
        }
    }

    /// <summary>Serves a page of ListDeploymentJobs filtered on the end statuses: the first page, or the one after <paramref name="after"/>.</summary>
    private void EndedPage(string reply, string? after = null)
    {
        // A later page's request also matches the first page's stub: its own stub goes first.
        var request = Request.Create().WithPath("/listDeploymentJobs").UsingPost().WithBody(after is null
            ? new WildcardMatcher("*\"Succeeded\"*")
            : new JsonPartialMatcher($$"""{"nextToken":"{{after}}"}"""));
        _server.Given(request).AtPriority(after is null ? 2 : 1).RespondWith(ToWireMockOk(reply));
    }

    private void Describes(string arn, string status, string robots = "[]") =>
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost().WithBody(new JsonPartialMatcher($$"""{"job":"{{arn}}"}""")))
            .RespondWith(ToWireMockOk($$"""{"arn":"{{arn}}","fleet":"{{FleetArn}}","status":"{{status}}","createdAt":1709294400,"robotDeploymentSummary":{{robots}}}"""));

    private static IResponseBuilder ToWireMockOk(string json) => ToWireMock(Ok(json));

    private List<string> Calls(InMemoryTransport transport) =>
        [.. transport.Sent.Select(s => s.Path == "/listDeploymentJobs"
            ? (JsonDocument.Parse(s.Body).RootElement.GetProperty("filters").GetRawText() == Unfinished ? "sweep" : "ended" + (JsonDocument.Parse(s.Body).RootElement.TryGetProperty("nextToken", out var t) ? ":" + t.GetString() : string.Empty))
            : "describe:" + JsonDocument.Parse(s.Body).RootElement.GetProperty("job").GetString()![^5..])];

    [Fact]
    public async Task Several_jobs_that_vanished_together_are_found_in_one_listing_of_ended_jobs_without_a_description()
    {
        Sweeps(Page(null));
        EndedPage(Page(null, Summary(C, "Succeeded"), Summary(B, "Failed", ""","failureCode":"ExtractingBundleFailure","failureReason":"crashed" """), Summary(A, "Canceled")));
        using var client = Client(_server.Url!, _clock, out var transport);

        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B, C], Options).ToListAsync().AsTask());

        Assert.Equal(["sweep", "ended"], Calls(transport));
        // In the order the jobs were named, each as the listing shows it.
        Assert.Equal([A, B, C], finals.Select(f => f.Arn));
        Assert.Equal([DeploymentStatus.Canceled, DeploymentStatus.Failed, DeploymentStatus.Succeeded], finals.Select(f => f.Status));
        Assert.Equal(DeploymentJobErrorCode.ExtractingBundleFailure, finals[1].FailureCode);
        Assert.Equal("crashed", finals[1].FailureReason);
        Assert.Equal(FleetArn, finals[0].Fleet);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1709294400), finals[0].CreatedAt);
    }

    [Fact]
    public async Task The_jobs_the_listing_of_ended_jobs_misses_are_described_once_paging_further_would_cost_more()
    {
        // Three vanished; the first page holds one of them: 1 page + 2 missing = 3 = vanished, so no second page.
        Sweeps(Page(null));
        EndedPage(Page("p2", Summary(A, "Succeeded")));
        EndedPage(Page(null, Summary(B, "Succeeded"), Summary(C, "Succeeded")), after: "p2");
        Describes(B, "Succeeded");
        Describes(C, "Succeeded");
        using var client = Client(_server.Url!, _clock, out var transport);

        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B, C], Options).ToListAsync().AsTask());

        Assert.Equal(["sweep", "ended", "describe:job-b", "describe:job-c"], Calls(transport));
        Assert.Equal([A, B, C], finals.Select(f => f.Arn));
        Assert.All(finals, f => Assert.Equal(DeploymentStatus.Succeeded, f.Status));
    }

    [Fact]
    public async Task The_listing_of_ended_jobs_is_paged_while_that_is_cheaper_than_describing()
    {
        // Three vanished; the first page holds two: 1 page + 1 missing < 3, so the second page is read, and holds the third.
        Sweeps(Page(null));
        EndedPage(Page("p2", Summary(A, "Succeeded"), Summary("arn:aws:robomaker:us-west-2:123456789012:deployment-job/other", "Succeeded"), Summary(B, "Succeeded")));
        EndedPage(Page(null, Summary(C, "Failed")), after: "p2");
        using var client = Client(_server.Url!, _clock, out var transport);

        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B, C], Options).ToListAsync().AsTask());

        Assert.Equal(["sweep", "ended", "ended:p2"], Calls(transport));
        Assert.Equal([DeploymentStatus.Succeeded, DeploymentStatus.Succeeded, DeploymentStatus.Failed], finals.Select(f => f.Status));
    }

    [Fact]
    public async Task A_job_that_vanished_alone_is_described_and_rounds_are_MinRoundDelay_apart()
    {
        // Round 1: B still running, A gone. Round 2: B gone too.
        Sweeps(Page(null, Summary(B, "InProgress")), Page(null));
        Describes(A, "Succeeded", """[{"arn":"arn:aws:robomaker:us-west-2:123456789012:robot/r1/1","status":"InSync","deploymentStartTime":1709294400,"deploymentFinishTime":1709294460}]""");
        Describes(B, "Failed");
        using var client = Client(_server.Url!, _clock, out var transport);

        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B], Options).ToListAsync().AsTask());

        Assert.Equal(["sweep", "describe:job-a", "sweep", "describe:job-b"], Calls(transport));
        Assert.Equal([A, B], finals.Select(f => f.Arn));
        // A described job is yielded as its summary: the status and the shared members, no robots.
        Assert.Equal(DeploymentStatus.Succeeded, finals[0].Status);
        Assert.IsType<DeploymentJob>(finals[0]);
        Assert.Equal([TimeSpan.FromSeconds(15)], _clock.Armed);
    }

    [Fact]
    public async Task MinRoundDelay_can_be_lowered_to_the_adaptive_plan()
    {
        Sweeps(Page(null, Summary(B, "InProgress")), Page(null));
        Describes(A, "Succeeded");
        Describes(B, "Succeeded");
        using var client = Client(_server.Url!, _clock, out _);

        await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B], Options with { MinRoundDelay = TimeSpan.Zero }).ToListAsync().AsTask());

        // B was first seen InProgress just now: the plan watches it closely (MinDelay, 2 s).
        Assert.Equal([TimeSpan.FromSeconds(2)], _clock.Armed);
    }

    [Fact]
    public async Task With_ThrowOnFailure_a_failed_job_found_in_the_listing_is_described_for_the_exception()
    {
        Sweeps(Page(null));
        EndedPage(Page(null, Summary(A, "Succeeded"), Summary(B, "Failed", ""","failureCode":"ExtractingBundleFailure" """)));
        Describes(B, "Failed", """[{"arn":"arn:aws:robomaker:us-west-2:123456789012:robot/r1/1","status":"Failed","failureCode":"ExtractingBundleFailure"}]""");
        using var client = Client(_server.Url!, _clock, out var transport);
        var yielded = new List<string>();

        async Task<int> Collect()
        {
            await foreach (var final in client.WaitForDeploymentJobsAsync([A, B], Options with { ThrowOnFailure = true }))
            {
                yielded.Add(final.Arn!);
            }
            return yielded.Count;
        }
        var wait = Collect();
        await _clock.RunAsync((Task)wait);

        var error = await Assert.ThrowsAsync<DeploymentJobFailedException>(() => wait);
        Assert.Equal([A], yielded);
        Assert.Equal(B, error.Description.Arn);
        Assert.Single(error.FailedRobots);
        Assert.Equal(["sweep", "ended", "describe:job-b"], Calls(transport));
    }

    [Fact]
    public async Task A_listing_of_ended_jobs_that_ignored_its_filter_ends_no_job_early()
    {
        // A reply that lists B as still InProgress under the ended filter: B is described instead.
        Sweeps(Page(null));
        EndedPage(Page(null, Summary(A, "Succeeded"), Summary(B, "InProgress")));
        Describes(B, "Succeeded");
        using var client = Client(_server.Url!, _clock, out var transport);

        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B], Options).ToListAsync().AsTask());

        Assert.Equal(["sweep", "ended", "describe:job-b"], Calls(transport));
        Assert.All(finals, f => Assert.Equal(DeploymentStatus.Succeeded, f.Status));
    }

    [Fact]
    public async Task A_sweep_that_ignored_its_filter_and_lists_ended_jobs_ends_them_rather_than_watching_them_for_ever()
    {
        // The sweep asks for unfinished jobs but the reply lists A and B as ended: they are resolved like jobs that left
        // the sweep (before, they stayed watched and were swept again and again).
        Sweeps(Page(null, Summary(A, "Succeeded"), Summary(B, "Failed")));
        EndedPage(Page(null, Summary(A, "Succeeded"), Summary(B, "Failed")));
        using var client = Client(_server.Url!, _clock, out var transport);

        // A guard only: the virtual clock makes the wait take no real time when it ends.
        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B], Options with { ThrowOnFailure = false }).ToListAsync().AsTask())
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["sweep", "ended"], Calls(transport));
        Assert.Equal([DeploymentStatus.Succeeded, DeploymentStatus.Failed], finals.Select(f => f.Status));
    }

    [Fact]
    public async Task A_throttled_listing_of_ended_jobs_leaves_the_jobs_for_the_next_round_and_slows_it()
    {
        Sweeps(Page(null));
        _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost().WithBody(new WildcardMatcher("*\"Succeeded\"*"))).InScenario("ended")
            .WillSetStateTo("ok").RespondWith(ToWireMock(Throttled()));
        _server.Given(Request.Create().WithPath("/listDeploymentJobs").UsingPost().WithBody(new WildcardMatcher("*\"Succeeded\"*"))).InScenario("ended")
            .WhenStateIs("ok").RespondWith(ToWireMockOk(Page(null, Summary(A, "Succeeded"), Summary(B, "Succeeded"))));
        using var client = Client(_server.Url!, _clock, out var transport, o => o.MaxAttempts = 1);

        var finals = await _clock.RunAsync(client.WaitForDeploymentJobsAsync([A, B], Options).ToListAsync().AsTask());

        Assert.Equal(["sweep", "ended", "sweep", "ended"], Calls(transport));
        Assert.Equal(2, finals.Count);
        // No job plan yet, throttled: MinDelay × 2² = 8 s, held to MinRoundDelay.
        Assert.Equal([TimeSpan.FromSeconds(15)], _clock.Armed);
    }
}
