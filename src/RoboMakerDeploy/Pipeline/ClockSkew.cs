namespace RoboMakerDeploy;

/// <summary>
/// The correction the client applies to its clock when signing, learnt from a response that rejected a request
/// for clock skew and carried the server's <c>Date</c>. Shared by every attempt of every call of one client. An
/// offset is learnt only when it is plausible (at most <see cref="MaxOffset"/>): a hostile or broken <c>Date</c>
/// (year 9999) must neither make signing fail nor poison later calls.
/// </summary>
internal sealed class ClockSkew(TimeProvider timeProvider)
{
    /// <summary>The largest correction believed: a day. A real clock that is further off needs fixing, not correcting.</summary>
    public static readonly TimeSpan MaxOffset = TimeSpan.FromDays(1);

    private long _offsetTicks;

    /// <summary>The correction added to the local clock when signing (zero until one is learnt).</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>The time to sign with: the local clock plus <see cref="Offset"/>.</summary>
    public DateTimeOffset Now()
    {
        var now = timeProvider.GetUtcNow();
        var offset = Offset;
        // Only reachable with a clock near the ends of the calendar: sign with the local time rather than throw.
        return (offset > TimeSpan.Zero && now > DateTimeOffset.MaxValue - offset) || (offset < TimeSpan.Zero && now < DateTimeOffset.MinValue - offset)
            ? now
            : now + offset;
    }

    /// <summary>Learns the offset to <paramref name="serverTime"/> when it is plausible.</summary>
    /// <returns>True when an offset was learnt, so that re-signing may help.</returns>
    public bool TryLearn(DateTimeOffset? serverTime)
    {
        if (serverTime is not { } server) return false;
        var offset = server - timeProvider.GetUtcNow();
        if (offset.Duration() > MaxOffset) return false;
        Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
        return true;
    }
}
