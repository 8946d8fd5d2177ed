using System.Globalization;
using System.Net;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Tests.Pipeline;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Pagination;

/// <summary>
/// What a long listing keeps in memory: the paginator remembers every token it followed (to catch a loop), and a
/// server may hand out unique tokens as long as PaginationToken allows (2,048 characters), page after page. Measured
/// as memory still reachable after a full collection, so these tests run alone (<see cref="AllocationCollection"/>).
/// </summary>
[Collection(nameof(AllocationCollection))]
public sealed class PaginatorMemoryTests
{
    /// <summary>PaginationToken's maximum length: 4 KB of UTF-16 per token.</summary>
    private const int TokenLength = 2048;

    [Fact]
    public async Task Unique_2048_character_tokens_cost_a_small_fixed_amount_per_page_not_the_token()
    {
        const int Pages = 2000;
        using var transport = new UniqueTokenPages();
        using var client = new RoboMakerDeployClient(Options(InMemoryTransport.Url.ToString(), new VirtualClock()), transport);
        await using var pages = client.ListDeploymentJobPagesAsync().GetAsyncEnumerator();
        await ReadAsync(pages, 50); // the code's first run and the set's first growths are not the per-page cost

        var before = ReachableBytes();
        await ReadAsync(pages, Pages);
        var after = ReachableBytes();

        // Keeping each token would cost over 4,000 bytes a page; a 16-byte fingerprint in a HashSet costs a few dozen
        // (its entry, its bucket and the slack of the set's doubling).
        var perPage = (after - before) / (double)Pages;
        Assert.True(perPage < 200, $"{Pages} pages with {TokenLength}-character tokens kept {after - before} bytes ({perPage:0.#} a page).");
        Assert.Equal(50 + Pages, transport.Count);
    }

    [Fact]
    public async Task Tokens_followed_are_not_kept_once_the_listing_has_moved_on()
    {
        using var transport = new UniqueTokenPages();
        using var client = new RoboMakerDeployClient(Options(InMemoryTransport.Url.ToString(), new VirtualClock()), transport);
        await using var pages = client.ListDeploymentJobPagesAsync().GetAsyncEnumerator();

        var followed = await TrackTokensAsync(pages, 100);
        await ReadAsync(pages, 5);
        ReachableBytes();

        Assert.Equal(100, followed.Count);
        Assert.DoesNotContain(followed, token => token.IsAlive);
    }

    [Fact]
    public async Task A_loop_after_many_unique_long_tokens_is_still_caught_and_named()
    {
        using var transport = new UniqueTokenPages { RepeatAt = 300, RepeatOf = 7 };
        using var client = new RoboMakerDeployClient(Options(InMemoryTransport.Url.ToString(), new VirtualClock()), transport);

        var error = await Assert.ThrowsAsync<RoboMakerException>(async () =>
        {
            await foreach (var _ in client.ListDeploymentJobPagesAsync())
            {
            }
        });

        Assert.Equal(300, transport.Count);
        Assert.Contains($"already followed in this listing ({Paginator.Describe(UniqueTokenPages.Token(7))})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fingerprint_tells_tokens_apart_by_every_character_and_is_stable()
    {
        var token = UniqueTokenPages.Token(1);
        var changedLast = token[..^1] + "y";

        Assert.Equal(Paginator.Fingerprint(token), Paginator.Fingerprint(new string(token.AsSpan())));
        Assert.NotEqual(Paginator.Fingerprint(token), Paginator.Fingerprint(changedLast));
        Assert.NotEqual(Paginator.Fingerprint("A"), Paginator.Fingerprint("B"));
    }

    private static async Task ReadAsync(IAsyncEnumerator<ListDeploymentJobsResponse> pages, int count)
    {
        for (var i = 0; i < count; i++) Assert.True(await pages.MoveNextAsync());
    }

    private static async Task<List<WeakReference>> TrackTokensAsync(IAsyncEnumerator<ListDeploymentJobsResponse> pages, int count)
    {
        var tokens = new List<WeakReference>(count);
        for (var i = 0; i < count; i++)
        {
            Assert.True(await pages.MoveNextAsync());
            tokens.Add(new WeakReference(pages.Current.NextToken));
        }
        return tokens;
    }

    private static long ReachableBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>
    /// Answers every ListDeploymentJobs with no jobs and a new token of <see cref="TokenLength"/> characters; remembers
    /// nothing but a count (a recording transport would itself keep every token). Reply <see cref="RepeatAt"/>, when
    /// set, hands out the token of reply <see cref="RepeatOf"/> again.
    /// </summary>
    private sealed class UniqueTokenPages : HttpMessageHandler
    {
        private int _count;

        public int RepeatAt { get; init; }

        public int RepeatOf { get; init; }

        public int Count => Volatile.Read(ref _count);

        public static string Token(int n) => n.ToString("D10", CultureInfo.InvariantCulture).PadRight(TokenLength, 'x');

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _count);
            var token = Token(n == RepeatAt ? RepeatOf : n);
            return Task.FromResult(CannedReplies.Ok($$"""{"deploymentJobs":[],"nextToken":"{{token}}"}"""));
        }
    }
}
