namespace RoboMakerDeploy.Pipeline;

/// <summary>
/// A client-wide token bucket that bounds retries: each retry draws tokens (a retry after throttling
/// draws more), each success puts one back. When many calls fail at once the bucket empties and
/// further failures are returned at once instead of retried, so the client does not make an outage
/// or a throttling episode worse.
/// </summary>
internal sealed class RetryBudget
{
    /// <summary>Tokens a retry after a transient fault costs.</summary>
    public const int RetryCost = 5;

    /// <summary>Tokens a retry after throttling costs.</summary>
    public const int ThrottlingRetryCost = 10;

    /// <summary>Tokens a successful attempt returns.</summary>
    public const int SuccessRefill = 1;

    private int _tokens;

    /// <summary>Creates a full bucket.</summary>
    /// <param name="capacity">The number of tokens when full.</param>
    public RetryBudget(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _tokens = capacity;
    }

    /// <summary>The number of tokens when full.</summary>
    public int Capacity { get; }

    /// <summary>The tokens left now.</summary>
    public int Available => Volatile.Read(ref _tokens);

    /// <summary>Takes the tokens for one retry, if there are enough.</summary>
    /// <param name="throttled">Whether the retry follows throttling (which costs more).</param>
    /// <returns>True when the retry may go ahead.</returns>
    public bool TryAcquire(bool throttled)
    {
        var cost = throttled ? ThrottlingRetryCost : RetryCost;
        while (true)
        {
            var current = Volatile.Read(ref _tokens);
            if (current < cost) return false;
            if (Interlocked.CompareExchange(ref _tokens, current - cost, current) == current) return true;
        }
    }

    /// <summary>Returns a token after a success, up to the capacity.</summary>
    public void RecordSuccess()
    {
        while (true)
        {
            var current = Volatile.Read(ref _tokens);
            if (current >= Capacity) return;
            if (Interlocked.CompareExchange(ref _tokens, Math.Min(Capacity, current + SuccessRefill), current) == current) return;
        }
    }
}
