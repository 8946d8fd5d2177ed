using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>
/// <see cref="CachingCredentialsProvider"/> in virtual time: one shared fetch, a caller's cancellation
/// leaves the fetch alone, and when short-lived credentials are fetched again.
/// </summary>
public sealed class CachingCredentialsProviderTests
{
    private readonly FakeTimeProvider _time = new(CredentialsSandbox.Start);

    [Theory]
    [InlineData(60, 55)] // 1 hour: refreshed 5 minutes ahead (the window)
    [InlineData(20, 15)] // 20 minutes = 4 × window: still 5 minutes ahead
    [InlineData(4, 3)] // 4 minutes: a quarter of its life ahead
    [InlineData(1, 0.75)]
    public async Task Credentials_are_used_until_expiry_minus_the_smaller_of_the_window_and_a_quarter_of_their_lifetime(double lifetimeMinutes, double usedMinutes)
    {
        var provider = new GatedProvider(_time) { ExpiresAfter = TimeSpan.FromMinutes(lifetimeMinutes) };
        provider.Release.SetResult();
        var first = await provider.GetCredentialsAsync();

        _time.Advance(TimeSpan.FromMinutes(usedMinutes) - TimeSpan.FromMilliseconds(1));
        Assert.Same(first, await provider.GetCredentialsAsync());
        Assert.Equal(1, provider.Fetches);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.NotSame(first, await provider.GetCredentialsAsync());
        Assert.Equal(2, provider.Fetches);
    }

    [Fact]
    public async Task One_callers_cancellation_stops_its_wait_but_not_the_shared_fetch()
    {
        var provider = new GatedProvider(_time);
        using var cancel = new CancellationTokenSource();
        var cancelled = provider.GetCredentialsAsync(cancel.Token).AsTask();
        var other = provider.GetCredentialsAsync().AsTask();

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(provider.FetchToken.IsCancellationRequested);
        Assert.False(other.IsCompleted);

        provider.Release.SetResult();
        Assert.Equal("AKIDGATED", (await other).AccessKeyId);
        Assert.Equal(1, provider.Fetches);
    }

    [Fact]
    public async Task A_failed_fetch_is_not_cached_and_the_next_call_tries_again()
    {
        var provider = new GatedProvider(_time) { FailNext = true };
        provider.Release.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetCredentialsAsync().AsTask());
        Assert.Equal("AKIDGATED", (await provider.GetCredentialsAsync()).AccessKeyId);
        Assert.Equal(2, provider.Fetches);
    }

    private sealed class GatedProvider(TimeProvider time) : CachingCredentialsProvider(time)
    {
        private int _fetches;

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TimeSpan? ExpiresAfter { get; init; }

        public bool FailNext { get; set; }

        public int Fetches => _fetches;

        public CancellationToken FetchToken { get; private set; }

        protected override async ValueTask<AwsCredentials> FetchAsync(CancellationToken cancellationToken)
        {
            FetchToken = cancellationToken;
            Interlocked.Increment(ref _fetches);
            await Release.Task.WaitAsync(cancellationToken);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("source down");
            }
            return new AwsCredentials("AKIDGATED", $"gated-secret-{_fetches}", null, TimeProvider.GetUtcNow() + ExpiresAfter);
        }
    }
}
