using Polly;

namespace RoboMakerDeploy.Resilience;

/// <summary>
/// The SDK's own time limits (<see cref="RoboMakerDeployClientOptions.Timeout"/> for the call,
/// <see cref="RoboMakerDeployClientOptions.AttemptTimeout"/> per attempt) as the <see cref="ResilienceHandler"/>
/// enforces them when the pipeline is the SDK's own: with one timer per call, armed for each attempt with
/// the nearer of the two limits, instead of two Polly timeout strategies (two timers, two token sources and
/// two pipeline layers per call). The retry's backoff delays are cut to end at the call's deadline, so the
/// call ends when its time is up whether an attempt or a delay is running, as with a timeout strategy
/// around the retry.
/// </summary>
internal sealed class CallTimeouts
{
    /// <summary>
    /// The call's deadline (a <see cref="TimeProvider"/> timestamp), in the resilience context of a call that
    /// failed an attempt and has a call limit: the retry's delay generator cuts the delay to end at it.
    /// </summary>
    public static readonly ResiliencePropertyKey<long> DeadlineKey = new("RoboMakerDeploy.Deadline");

    private CallTimeouts(TimeSpan? overall, TimeSpan? attempt, TimeProvider timeProvider)
    {
        Overall = overall;
        Attempt = attempt;
        TimeProvider = timeProvider;
    }

    /// <summary>The limit on the whole call, or null for none.</summary>
    public TimeSpan? Overall { get; }

    /// <summary>The limit on each attempt, or null for none.</summary>
    public TimeSpan? Attempt { get; }

    /// <summary>The clock the limits are measured with.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>The limits of <paramref name="options"/>, or null when it sets neither.</summary>
    public static CallTimeouts? For(RoboMakerDeployClientOptions options) =>
        options.Timeout is null && options.AttemptTimeout is null
            ? null
            : new CallTimeouts(options.Timeout, options.AttemptTimeout, options.TimeProvider);

    /// <summary>The deadline of a call that starts now, or 0 when there is no call limit (or it is too far off to matter).</summary>
    public long DeadlineFromNow()
    {
        if (Overall is not { } overall) return 0;
        var frequency = TimeProvider.TimestampFrequency;
        var span = (Int128)overall.Ticks * frequency / TimeSpan.TicksPerSecond;
        var now = TimeProvider.GetTimestamp();
        return span >= long.MaxValue - now ? 0 : now + (long)span;
    }

    /// <summary>The time left until <paramref name="deadline"/> on <paramref name="timeProvider"/>'s clock (negative once it is past).</summary>
    public static TimeSpan Remaining(TimeProvider timeProvider, long deadline) =>
        timeProvider.GetElapsedTime(timeProvider.GetTimestamp(), deadline);

    /// <summary>
    /// The backoff delay <paramref name="delay"/>, cut to end at the call's deadline when the SDK's handler
    /// recorded one in <paramref name="context"/>.
    /// </summary>
    public static TimeSpan CutToDeadline(TimeSpan delay, ResilienceContext context, TimeProvider timeProvider)
    {
        if (!context.Properties.TryGetValue(DeadlineKey, out var deadline)) return delay;
        var remaining = Remaining(timeProvider, deadline);
        return remaining <= TimeSpan.Zero ? TimeSpan.Zero : remaining < delay ? remaining : delay;
    }
}
