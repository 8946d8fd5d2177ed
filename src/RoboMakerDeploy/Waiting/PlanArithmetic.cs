namespace RoboMakerDeploy;

/// <summary>
/// The planners' only arithmetic on the reply's times: saturating, so a hostile or broken DescribeDeploymentJob reply
/// (deploymentStartTime in year 1, deploymentFinishTime in year 9999, estimatedTimeRemainingSeconds 2147483647, a
/// non-finite percentDone) shapes at most one delay, which <see cref="AdaptivePollPlanner.PlanDelay"/> then holds within
/// [MinDelay, MaxDelay], and never raises an <see cref="OverflowException"/> or <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
internal static class PlanArithmetic
{
    /// <summary>
    /// How far from now a reply's timestamp, or how long a duration it implies, is believed: a year (a robot's deployment
    /// takes minutes to hours; 24 days is the longest delay a waiter plans). Anything beyond is ignored as implausible.
    /// </summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(366);

    /// <summary>The timestamp when it lies within <see cref="Horizon"/> of <paramref name="now"/>, else null.</summary>
    public static DateTimeOffset? Plausible(DateTimeOffset? at, DateTimeOffset now) =>
        at is { } t && (t - now).Duration() <= Horizon ? t : null;

    /// <summary>A robot's deployment time (finish − start) when both ends are plausible and 0 ≤ it ≤ <see cref="Horizon"/>, else null.</summary>
    public static TimeSpan? PlausibleSpan(DateTimeOffset? start, DateTimeOffset? finish, DateTimeOffset now) =>
        Plausible(start, now) is { } s && Plausible(finish, now) is { } f && f >= s && f - s <= Horizon ? f - s : null;

    /// <summary><paramref name="at"/> + <paramref name="span"/>, held within [DateTimeOffset.MinValue, DateTimeOffset.MaxValue].</summary>
    public static DateTimeOffset Add(DateTimeOffset at, TimeSpan span)
    {
        var room = span >= TimeSpan.Zero ? DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks : at.UtcTicks - DateTimeOffset.MinValue.UtcTicks;
        // |span| never exceeds TimeSpan.MaxValue; Duration() of TimeSpan.MinValue would overflow, so compare the ticks unsigned.
        var magnitude = span.Ticks == long.MinValue ? ulong.MaxValue : (ulong)Math.Abs(span.Ticks);
        if (magnitude > (ulong)room) return span >= TimeSpan.Zero ? DateTimeOffset.MaxValue : DateTimeOffset.MinValue;
        return at + span;
    }

    /// <summary><paramref name="span"/> × <paramref name="factor"/>, held within [TimeSpan.MinValue, TimeSpan.MaxValue]; zero when the factor is NaN.</summary>
    public static TimeSpan Scale(TimeSpan span, double factor) => Ticks(span.Ticks * factor);

    /// <summary>A tick count computed in floating point as a <see cref="TimeSpan"/>, saturating; NaN is zero.</summary>
    public static TimeSpan Ticks(double ticks) =>
        double.IsNaN(ticks) ? TimeSpan.Zero
        : ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue
        : ticks <= TimeSpan.MinValue.Ticks ? TimeSpan.MinValue
        : TimeSpan.FromTicks((long)ticks);
}
