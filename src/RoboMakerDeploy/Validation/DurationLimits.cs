namespace RoboMakerDeploy;

/// <summary>The longest duration the SDK's options accept for delays and timeouts.</summary>
/// <remarks>
/// Timers (<c>Task.Delay</c>, <c>CancellationTokenSource.CancelAfter</c>, <c>TimeProvider.CreateTimer</c>) refuse
/// more than 2^32 - 2 milliseconds (about 49.7 days) with an <see cref="ArgumentOutOfRangeException"/>, which would
/// surface only after a request was sent. 24 days leaves room for sums (a timeout plus a delay) and is far beyond
/// any sensible wait, so options are checked against it up front.
/// </remarks>
internal static class DurationLimits
{
    /// <summary>24 days: the most a delay or timeout option may be.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(24);

    /// <summary>"24 days", for messages.</summary>
    public const string MaxText = "24 days";
}
