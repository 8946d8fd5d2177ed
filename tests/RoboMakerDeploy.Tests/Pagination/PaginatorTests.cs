using System.Text.Json;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pagination;

public sealed class PaginatorTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    private static string Job(int n) =>
        $$"""{"arn":"{{Arn(n)}}","fleet":"{{FleetArn}}","status":"Succeeded","createdAt":1709294400,"deploymentApplicationConfigs":[]}""";

    private static string Page(string? nextToken, params int[] jobs) =>
        "{\"deploymentJobs\":[" + string.Join(",", jobs.Select(Job)) + "]"
        + (nextToken is null ? string.Empty : $",\"nextToken\":\"{nextToken}\"") + "}";

    private static string Arn(int n) => JobArnOf($"job-{n}");

    private static JsonElement Body(InMemoryTransport transport, int index) =>
        JsonDocument.Parse(transport.Sent.ElementAt(index).Body).RootElement;

    private static string? SentToken(InMemoryTransport transport, int index) =>
        Body(transport, index).TryGetProperty("nextToken", out var t) ? t.GetString() : null;

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }

    [Fact]
    public async Task No_jobs_is_one_request_and_no_items()
    {
        _transport.On("listDeploymentJobs", Ok("""{"deploymentJobs":[]}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        Assert.Empty(await ToListAsync(client.ListAllDeploymentJobsAsync()));
        Assert.Equal(1, transport.Count);
        Assert.Null(SentToken(transport, 0));
    }

    [Fact]
    public async Task One_page_stops_at_a_missing_or_empty_nextToken()
    {
        _transport.On("listDeploymentJobs", Ok(Page("", 1, 2)));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var jobs = await ToListAsync(client.ListAllDeploymentJobsAsync());

        Assert.Equal([Arn(1), Arn(2)], jobs.Select(j => j.Arn));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Three_pages_pass_filters_page_size_and_each_token_through()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1, 2)), Ok(Page("t2", 3, 4)), Ok(Page(null, 5)));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        var request = new ListDeploymentJobsRequest { Filters = [Filter.ByStatus(DeploymentStatus.InProgress)], MaxResults = 2 };

        var jobs = await ToListAsync(client.ListAllDeploymentJobsAsync(request));

        Assert.Equal(Enumerable.Range(1, 5).Select(Arn), jobs.Select(j => j.Arn));
        Assert.Equal(3, transport.Count);
        Assert.Equal([null, "t1", "t2"], Enumerable.Range(0, 3).Select(i => SentToken(transport, i)));
        for (var i = 0; i < 3; i++)
        {
            var body = Body(transport, i);
            Assert.Equal(2, body.GetProperty("maxResults").GetInt32());
            var filter = Assert.Single(body.GetProperty("filters").EnumerateArray().ToArray());
            Assert.Equal("status", filter.GetProperty("name").GetString());
            Assert.Equal("InProgress", Assert.Single(filter.GetProperty("values").EnumerateArray().ToArray()).GetString());
        }
    }

    [Fact]
    public async Task A_page_is_requested_only_when_the_consumer_reaches_it()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1, 2)), Ok(Page(null, 3)));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        await using var e = client.ListAllDeploymentJobsAsync().GetAsyncEnumerator();
        Assert.Equal(0, transport.Count);
        Assert.True(await e.MoveNextAsync());
        Assert.True(await e.MoveNextAsync());
        Assert.Equal(Arn(2), e.Current.Arn);
        // The enumerator runs only inside MoveNextAsync, so nothing can have asked for page 2 yet.
        Assert.Equal(1, transport.Count);

        Assert.True(await e.MoveNextAsync());
        Assert.Equal(Arn(3), e.Current.Arn);
        Assert.Equal(2, transport.Count);
        Assert.False(await e.MoveNextAsync());
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Pages_carry_their_nextToken_and_a_saved_token_resumes()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1, 2)), Ok(Page("t2", 3, 4)), Ok(Page(null, 5)));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        // Read one page, keep its token, stop.
        string? saved = null;
        await foreach (var page in client.ListDeploymentJobPagesAsync(new ListDeploymentJobsRequest { MaxResults = 2 }))
        {
            Assert.Equal([Arn(1), Arn(2)], page.DeploymentJobs.Select(j => j.Arn));
            saved = page.NextToken;
            break;
        }
        Assert.Equal("t1", saved);
        Assert.Equal(1, transport.Count);

        // Resume later from the saved token.
        var rest = await ToListAsync(client.ListDeploymentJobPagesAsync(new ListDeploymentJobsRequest { MaxResults = 2, NextToken = saved }));

        Assert.Equal(["t2", null], rest.Select(p => p.NextToken));
        Assert.Equal([Arn(3), Arn(4), Arn(5)], rest.SelectMany(p => p.DeploymentJobs).Select(j => j.Arn));
        Assert.Equal("t1", SentToken(transport, 1));
        Assert.Equal("t2", SentToken(transport, 2));
    }

    [Fact]
    public async Task A_repeated_nextToken_raises_a_clear_error_instead_of_looping()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1)), Ok(Page("t1", 2)));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        var seen = new List<string?>();

        var ex = await Assert.ThrowsAsync<RoboMakerException>(async () =>
        {
            await foreach (var job in client.ListAllDeploymentJobsAsync()) seen.Add(job.Arn);
        });

        Assert.Equal([Arn(1), Arn(2)], seen);
        Assert.Equal(2, transport.Count);
        Assert.Contains("nextToken", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"({Paginator.Describe("t1")})", ex.Message, StringComparison.Ordinal);
        Assert.Equal("ListDeploymentJobs", ex.Operation);
    }

    [Fact]
    public async Task Cancellation_between_pages_stops_before_the_next_request()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1)), Ok(Page(null, 2)));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var job in client.ListAllDeploymentJobsAsync().WithCancellation(cts.Token))
            {
                await cts.CancelAsync();
            }
        });

        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task The_consumers_token_reaches_the_page_request_in_flight()
    {
        _transport.On("listDeploymentJobs", Throttled(), Ok(Page(null, 1)));
        var transport = _transport;
        using var client = Client(_transport, _clock, o => o.JitterSource = static () => 0.5);
        using var cts = new CancellationTokenSource();

        var enumeration = Task.Run(async () =>
        {
            await foreach (var job in client.ListAllDeploymentJobsAsync(cancellationToken: cts.Token))
            {
            }
        });
        // The first page is throttled and its retry waits for its backoff; cancel then.
        await _clock.WaitForArmedAsync(1);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumeration);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task A_throttled_page_is_retried()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1)), Throttled(), Ok(Page(null, 2)));
        var transport = _transport;
        using var client = Client(_transport, _clock, o => o.JitterSource = static () => 0.5);

        var jobs = await _clock.RunAsync(ToListAsync(client.ListAllDeploymentJobsAsync()));

        Assert.Equal([Arn(1), Arn(2)], jobs.Select(j => j.Arn));
        Assert.Equal(3, transport.Count);
        Assert.Equal("t1", SentToken(transport, 1));
        Assert.Equal("t1", SentToken(transport, 2));
        Assert.Equal([TimeSpan.FromMilliseconds(500)], _clock.Armed);
    }

    [Fact]
    public async Task A_nextToken_cycle_A_B_A_ends_with_the_clear_error()
    {
        _transport.On("listDeploymentJobs", Ok(Page("A", 1)), Ok(Page("B", 2)), Ok(Page("A", 3)), Ok(Page(null, 4)));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        var seen = new List<string?>();

        var ex = await Assert.ThrowsAsync<RoboMakerException>(async () =>
        {
            await foreach (var job in client.ListAllDeploymentJobsAsync()) seen.Add(job.Arn);
        });

        Assert.Equal([Arn(1), Arn(2), Arn(3)], seen);
        Assert.Equal(3, transport.Count);
        Assert.Equal([null, "A", "B"], Enumerable.Range(0, 3).Select(i => SentToken(transport, i)));
        Assert.Contains($"({Paginator.Describe("A")})", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("ListDeploymentJobs", ex.Operation);
    }

    [Fact]
    public async Task A_nextToken_leading_back_to_the_resumed_token_ends_with_the_clear_error()
    {
        _transport.On("listDeploymentJobs", Ok(Page("B", 1)), Ok(Page("S", 2)));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => ToListAsync(client.ListDeploymentJobPagesAsync(new ListDeploymentJobsRequest { NextToken = "S" })));

        Assert.Equal(2, transport.Count);
        Assert.Equal(["S", "B"], Enumerable.Range(0, 2).Select(i => SentToken(transport, i)));
        Assert.Contains($"({Paginator.Describe("S")})", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resumed_empty_nextToken_is_refused_before_sending()
    {
        _transport.On("listDeploymentJobs", Ok(Page(null, 1)));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => ToListAsync(client.ListAllDeploymentJobsAsync(new ListDeploymentJobsRequest { NextToken = "" })));

        Assert.Equal("nextToken", ex.ParamName);
        Assert.Equal(0, transport.Count);
    }

    [Fact]
    public async Task The_paginator_works_as_an_extension_on_any_client()
    {
        _transport.On("listDeploymentJobs", Ok(Page("t1", 1)), Ok(Page(null, 2)));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        IRoboMakerDeployClient any = client;

        var jobs = await ToListAsync(RoboMakerDeploy.DeploymentJobPaginator.ListAllDeploymentJobsAsync(any));

        Assert.Equal([Arn(1), Arn(2)], jobs.Select(j => j.Arn));
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task A_long_nextToken_already_followed_is_named_by_length_and_hash_not_quoted()
    {
        var token = "tok" + new string('x', 2000);
        _transport.On("listDeploymentJobs", Ok(Page(token, 1)), Ok(Page(token, 2)));
        using var client = Client(_transport, _clock);

        var ex = await Assert.ThrowsAsync<RoboMakerException>(() => ToListAsync(client.ListAllDeploymentJobsAsync()));

        Assert.Equal(2, _transport.Count);
        Assert.DoesNotContain("tokxxx", ex.Message, StringComparison.Ordinal);
        Assert.Matches("2003 characters, SHA-256 [0-9A-F]{8}", ex.Message);
    }

    [Theory]
    [InlineData(3000, "must be 1 to 2048 characters long; it has 3000.")]
    [InlineData(-1, "must match the pattern")]
    public async Task A_nextToken_the_next_request_cannot_carry_is_a_malformed_reply_not_the_callers_fault(int length, string rule)
    {
        // -1: a short token holding NUL, CR and LF (escaped in the JSON reply).
        var json = length < 0 ? "ab\\u0000\\r\\ncd" : new string('t', length);
        _transport.On("listDeploymentJobs", Ok(Page(json, 1, 2)), Ok(Page(null, 3)));
        using var client = Client(_transport, _clock);
        var seen = new List<string?>();

        var ex = await Assert.ThrowsAsync<MalformedResponseException>(async () =>
        {
            await foreach (var job in client.ListAllDeploymentJobsAsync()) seen.Add(job.Arn);
        });

        Assert.Null(ex.InnerException);
        Assert.Equal([Arn(1), Arn(2)], seen);
        Assert.Equal(1, _transport.Count);
        Assert.Equal("ListDeploymentJobs", ex.Operation);
        Assert.False(ex.IsIncomplete);
        Assert.StartsWith("ListDeploymentJobs failed: The service returned a nextToken (", ex.Message, StringComparison.Ordinal);
        Assert.Contains("that the next ListDeploymentJobs request cannot carry: it " + rule, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ttttttttt", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cd", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ex.Message, char.IsControl);
    }
}
