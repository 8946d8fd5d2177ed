using System.Text.Json;
using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pagination;

/// <summary>The paginators of ListFleets, ListRobots and ListRobotApplications (the service model's paginators file).</summary>
public sealed class ResourcePaginatorTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    private static string? SentToken(InMemoryTransport transport, int index) =>
        JsonDocument.Parse(transport.Sent.ElementAt(index).Body).RootElement.TryGetProperty("nextToken", out var t) ? t.GetString() : null;

    private static string SentBody(InMemoryTransport transport, int index) => System.Text.Encoding.UTF8.GetString(transport.Sent.ElementAt(index).Body);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Fleets_walk_every_page_sending_each_token_and_keeping_the_filter()
    {
        _transport.On("listFleets",
            Ok("""{"fleetDetails":[{"name":"f1"},{"name":"f2"}],"nextToken":"p2"}"""),
            Ok("""{"fleetDetails":[{"name":"f3"}],"nextToken":"p3"}"""),
            Ok("""{"fleetDetails":[]}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var fleets = await ToListAsync(client.ListAllFleetsAsync(new ListFleetsRequest { MaxResults = 2, Filters = [new Filter { Name = "name", Values = ["f"] }] }));

        Assert.Equal(["f1", "f2", "f3"], fleets.Select(f => f.Name));
        Assert.Equal(3, transport.Count);
        Assert.Equal("""{"maxResults":2,"filters":[{"name":"name","values":["f"]}]}""", SentBody(transport, 0));
        Assert.Equal("""{"nextToken":"p2","maxResults":2,"filters":[{"name":"name","values":["f"]}]}""", SentBody(transport, 1));
        Assert.Equal("p3", SentToken(transport, 2));
    }

    [Fact]
    public async Task Fleet_pages_resume_from_the_requests_token_and_stop_at_a_missing_token()
    {
        _transport.On("listFleets", Ok("""{"fleetDetails":[{"name":"f9"}]}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var pages = await ToListAsync(client.ListFleetPagesAsync(new ListFleetsRequest { NextToken = "saved" }));

        Assert.Equal("f9", Assert.Single(Assert.Single(pages).FleetDetails).Name);
        Assert.Equal("saved", SentToken(transport, 0));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Fleet_pages_resumed_from_a_token_end_with_the_error_when_the_service_hands_it_back()
    {
        // The shared paging loop counts the token resumed from as followed: its return is a loop, caught at once.
        _transport.On("listFleets", Ok("""{"fleetDetails":[{"name":"f9"}],"nextToken":"saved"}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        var seen = new List<ListFleetsResponse>();

        var ex = await Assert.ThrowsAsync<RoboMakerException>(async () =>
        {
            await foreach (var page in client.ListFleetPagesAsync(new ListFleetsRequest { NextToken = "saved" })) seen.Add(page);
        });

        Assert.Equal("ListFleets", ex.Operation);
        Assert.Contains($"({Paginator.Describe("saved")})", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("saved", ex.Message, StringComparison.Ordinal);
        Assert.Single(seen);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task No_fleets_is_one_request_and_no_items()
    {
        _transport.On("listFleets", Ok("""{"fleetDetails":[]}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        Assert.Empty(await ToListAsync(client.ListAllFleetsAsync()));
        Assert.Equal("{}", SentBody(transport, 0));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Robots_walk_every_page()
    {
        _transport.On("listRobots",
            Ok("""{"robots":[{"name":"r1"}],"nextToken":"t2"}"""),
            Ok("""{"robots":[{"name":"r2"}],"nextToken":""}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var robots = await ToListAsync(client.ListAllRobotsAsync());

        Assert.Equal(["r1", "r2"], robots.Select(r => r.Name));
        Assert.Null(SentToken(transport, 0));
        Assert.Equal("t2", SentToken(transport, 1));
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Robot_pages_end_with_an_error_when_the_service_repeats_a_token()
    {
        _transport.On("listRobots",
            Ok("""{"robots":[{"name":"r1"}],"nextToken":"same"}"""),
            Ok("""{"robots":[{"name":"r1"}],"nextToken":"same"}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;
        var seen = new List<ListRobotsResponse>();

        var ex = await Assert.ThrowsAsync<RoboMakerException>(async () =>
        {
            await foreach (var page in client.ListRobotPagesAsync()) seen.Add(page);
        });

        Assert.Equal("ListRobots", ex.Operation);
        Assert.Contains("same", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, seen.Count);
        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Robot_applications_walk_every_page_keeping_the_version_qualifier()
    {
        _transport.On("listRobotApplications",
            Ok("""{"robotApplicationSummaries":[{"name":"a1","version":"$LATEST"}],"nextToken":"n2"}"""),
            Ok("""{"robotApplicationSummaries":[{"name":"a1","version":"1"}]}"""));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        var apps = await ToListAsync(client.ListAllRobotApplicationsAsync(new ListRobotApplicationsRequest { VersionQualifier = "ALL" }));

        Assert.Equal(["$LATEST", "1"], apps.Select(a => a.Version));
        Assert.Equal("""{"versionQualifier":"ALL","nextToken":"n2"}""", SentBody(transport, 1));
    }

    [Fact]
    public async Task No_robot_applications_is_one_request_and_no_items()
    {
        _transport.On("listRobotApplications", Ok("{}"));
        using var client = Client(_transport, _clock);
        var transport = _transport;

        Assert.Empty(await ToListAsync(client.ListAllRobotApplicationsAsync()));
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Robot_application_pages_end_with_an_error_when_the_service_repeats_a_token()
    {
        _transport.On("listRobotApplications",
            Ok("""{"robotApplicationSummaries":[],"nextToken":"x"}"""),
            Ok("""{"robotApplicationSummaries":[],"nextToken":"x"}"""));
        using var client = Client(_transport, _clock);

        var ex = await Assert.ThrowsAsync<RoboMakerException>(async () => await ToListAsync(client.ListAllRobotApplicationsAsync()));

        Assert.Equal("ListRobotApplications", ex.Operation);
    }

    [Fact]
    public void A_null_client_is_refused_at_once()
    {
        Assert.Throws<ArgumentNullException>(() => FleetPaginator.ListAllFleetsAsync(null!));
        Assert.Throws<ArgumentNullException>(() => RobotPaginator.ListRobotPagesAsync(null!));
        Assert.Throws<ArgumentNullException>(() => RobotApplicationPaginator.ListAllRobotApplicationsAsync(null!));
    }
}
