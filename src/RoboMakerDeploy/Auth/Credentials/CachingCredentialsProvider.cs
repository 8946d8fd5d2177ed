namespace RoboMakerDeploy;

/// <summary>
/// Base of providers whose credentials are costly to fetch or expire: caches them and fetches again
/// ahead of expiry. Concurrent callers share one fetch; a caller's cancellation stops only its own wait,
/// never the shared fetch. If a refresh ahead of expiry fails, the still-valid credentials keep being
/// served (and the next call tries again).
/// </summary>
/// <remarks>
/// When to refresh: credentials fetched at <c>t</c> that expire at <c>e</c> (lifetime <c>L = e − t</c>)
/// are used until <c>e − min(RefreshAhead, L / 4)</c>. Long-lived ones (L ≥ 4 × <see cref="RefreshAhead"/>,
/// 20 minutes by default) are refreshed <see cref="RefreshAhead"/> before they expire; shorter-lived ones
/// a quarter of their lifetime before, so each fetch is used for at least three quarters of its life (a
/// 4-minute credential for 3 minutes) instead of being fetched again on every call. Credentials without
/// an expiry are kept for ever.
/// </remarks>
public abstract class CachingCredentialsProvider : IAwsCredentialsProvider
{
    private readonly object _lock = new();
    private Entry? _cached;
    private TaskCompletionSource<AwsCredentials>? _fetch;

    /// <summary>Creates the provider.</summary>
    /// <param name="timeProvider">The clock that decides expiry.</param>
    /// <param name="refreshAhead">How long before expiry to fetch new credentials (default 5 minutes; shorter-lived credentials use a quarter of their lifetime, see the remarks).</param>
    protected CachingCredentialsProvider(TimeProvider timeProvider, TimeSpan? refreshAhead = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
        RefreshAhead = refreshAhead ?? TimeSpan.FromMinutes(5);
    }

    /// <summary>The clock.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>How long before expiry long-lived credentials are refreshed (shorter-lived ones: a quarter of their lifetime).</summary>
    public TimeSpan RefreshAhead { get; }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && TimeProvider.GetUtcNow() < cached.RefreshAt) return ValueTask.FromResult(cached.Credentials);
        return new ValueTask<AwsCredentials>(JoinFetchAsync(cancellationToken));
    }

    /// <summary>Forgets the cached credentials, so the next call fetches.</summary>
    protected void Invalidate()
    {
        lock (_lock) _cached = null;
    }

    /// <summary>Fetches new credentials (one fetch at a time, shared by every caller waiting meanwhile).</summary>
    /// <param name="cancellationToken">Not cancelled by any one caller (the fetch is shared); implementations bound their own duration.</param>
    /// <returns>The credentials.</returns>
    protected abstract ValueTask<AwsCredentials> FetchAsync(CancellationToken cancellationToken);

    private async Task<AwsCredentials> JoinFetchAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        TaskCompletionSource<AwsCredentials> fetch;
        Entry? previous;
        var start = false;
        lock (_lock)
        {
            previous = _cached;
            if (previous is not null && TimeProvider.GetUtcNow() < previous.RefreshAt) return previous.Credentials;
            fetch = _fetch ??= NewFetch(out start);
        }

        // Started outside the lock: the fetch may complete synchronously, and it takes the lock to publish.
        if (start) _ = RunFetchAsync(fetch, previous);
        return await fetch.Task.WaitAsync(cancellationToken).ConfigureAwait(false);

        static TaskCompletionSource<AwsCredentials> NewFetch(out bool start)
        {
            start = true;
            return new TaskCompletionSource<AwsCredentials>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private async Task RunFetchAsync(TaskCompletionSource<AwsCredentials> fetch, Entry? previous)
    {
        AwsCredentials fetched;
        try
        {
            fetched = await FetchAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            lock (_lock) _fetch = null;
            if (previous is not null && !IsExpired(previous.Credentials))
            {
                // The refresh ahead of expiry failed, but what we have is still valid: use it and try again next time.
                fetch.SetResult(previous.Credentials);
            }
            else
            {
                fetch.SetException(ex);
                _ = fetch.Task.Exception; // observed here: every waiter may have cancelled and left
            }
            return;
        }

        var entry = new Entry(fetched, RefreshAt(fetched, TimeProvider.GetUtcNow()));
        lock (_lock)
        {
            Volatile.Write(ref _cached, entry);
            _fetch = null;
        }
        fetch.SetResult(fetched);
    }

    private DateTimeOffset RefreshAt(AwsCredentials credentials, DateTimeOffset fetchedAt)
    {
        if (credentials.Expiration is not { } expiration) return DateTimeOffset.MaxValue;
        var lifetime = expiration - fetchedAt;
        if (lifetime <= TimeSpan.Zero) return expiration; // already expired: fetched again on the next call
        var ahead = lifetime / 4 < RefreshAhead ? lifetime / 4 : RefreshAhead;
        return expiration - ahead;
    }

    private bool IsExpired(AwsCredentials credentials) =>
        credentials.Expiration is { } expiration && TimeProvider.GetUtcNow() >= expiration;

    private sealed record Entry(AwsCredentials Credentials, DateTimeOffset RefreshAt);
}
