namespace RoboMakerDeploy;

/// <summary>
/// The standard retry mode's client-wide retry quota, as the "Retry behavior" page of the AWS SDKs and Tools
/// reference guide publishes it and botocore's <c>retries/standard.py</c> (<c>RetryQuotaChecker</c>) implements it:
/// 500 tokens; a retry takes 5, a retry after a timeout takes 10; a call that succeeds on its first attempt
/// returns 1, a call that succeeds after retrying returns what its last retry took. With the quota empty,
/// failures are returned instead of retried. Thread-safe.
/// </summary>
/// <remarks>
/// Use per call: before each retry, <c>var cost = quota.TryAcquireRetry(afterTimeout)</c>; null means do not retry.
/// Remember the last cost; when the call succeeds, <c>quota.ReleaseAfterSuccess(lastCost ?? 0)</c>.
/// </remarks>
internal sealed class RetryQuota
{
    /// <summary>The tokens of a full quota.</summary>
    public const int InitialCapacity = 500;

    /// <summary>What a retry costs.</summary>
    public const int RetryCost = 5;

    /// <summary>What a retry after a timeout (the attempt timed out, or the connection did) costs.</summary>
    public const int TimeoutRetryCost = 10;

    /// <summary>What a call that succeeds without retrying returns.</summary>
    public const int NoRetryIncrement = 1;

    private int _available;

    public RetryQuota(int capacity = InitialCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _available = capacity;
    }

    public int Capacity { get; }

    public int Available => Volatile.Read(ref _available);

    /// <summary>Takes the cost of one retry if the quota holds it.</summary>
    /// <param name="afterTimeout">Whether the failed attempt timed out (costs <see cref="TimeoutRetryCost"/>).</param>
    /// <returns>The tokens taken, to give back if the call then succeeds; null when the quota is too low to retry.</returns>
    public int? TryAcquireRetry(bool afterTimeout)
    {
        var cost = afterTimeout ? TimeoutRetryCost : RetryCost;
        while (true)
        {
            var current = Volatile.Read(ref _available);
            if (current < cost) return null;
            if (Interlocked.CompareExchange(ref _available, current - cost, current) == current) return cost;
        }
    }

    /// <summary>Gives tokens back when a call succeeds, up to <see cref="Capacity"/>.</summary>
    /// <param name="lastRetryCost">What the call's last retry took (from <see cref="TryAcquireRetry"/>), or 0 when it did not retry: then <see cref="NoRetryIncrement"/> is returned.</param>
    public void ReleaseAfterSuccess(int lastRetryCost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastRetryCost);
        var amount = lastRetryCost == 0 ? NoRetryIncrement : lastRetryCost;
        while (true)
        {
            var current = Volatile.Read(ref _available);
            if (current >= Capacity) return;
            if (Interlocked.CompareExchange(ref _available, Math.Min(Capacity, current + amount), current) == current) return;
        }
    }
}
