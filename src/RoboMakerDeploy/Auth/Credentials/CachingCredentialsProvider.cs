namespace RoboMakerDeploy.Auth;

/// <summary>
/// Base of providers whose credentials are costly to fetch or expire: caches them, fetches again ahead
/// of expiry (by <see cref="RefreshAhead"/>), lets one caller fetch while concurrent callers wait for
/// its result, and keeps serving still-valid credentials if a refresh ahead of expiry fails.
/// </summary>
public abstract class CachingCredentialsProvider : IAwsCredentialsProvider
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AwsCredentials? _cached;

    /// <summary>Creates the provider.</summary>
    /// <param name="timeProvider">The clock that decides expiry.</param>
    /// <param name="refreshAhead">How long before expiry to fetch new credentials (default 5 minutes).</param>
    protected CachingCredentialsProvider(TimeProvider timeProvider, TimeSpan? refreshAhead = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        TimeProvider = timeProvider;
        RefreshAhead = refreshAhead ?? TimeSpan.FromMinutes(5);
    }

    /// <summary>The clock.</summary>
    protected TimeProvider TimeProvider { get; }

    /// <summary>How long before expiry credentials are refreshed.</summary>
    public TimeSpan RefreshAhead { get; }

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && IsFresh(cached)) return cached;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cached = _cached;
            if (cached is not null && IsFresh(cached)) return cached;
            AwsCredentials fetched;
            try
            {
                fetched = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (cached is not null && !IsExpired(cached) && !cancellationToken.IsCancellationRequested)
            {
                // The refresh ahead of expiry failed, but what we have is still valid: use it and try again next time.
                return cached;
            }
            Volatile.Write(ref _cached, fetched);
            return fetched;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets the cached credentials, so the next call fetches.</summary>
    protected void Invalidate() => Volatile.Write(ref _cached, null);

    /// <summary>Fetches new credentials (called by one caller at a time).</summary>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The credentials.</returns>
    protected abstract ValueTask<AwsCredentials> FetchAsync(CancellationToken cancellationToken);

    private bool IsFresh(AwsCredentials credentials) =>
        credentials.Expiration is not { } expiration || TimeProvider.GetUtcNow() < expiration - RefreshAhead;

    private bool IsExpired(AwsCredentials credentials) =>
        credentials.Expiration is { } expiration && TimeProvider.GetUtcNow() >= expiration;
}
