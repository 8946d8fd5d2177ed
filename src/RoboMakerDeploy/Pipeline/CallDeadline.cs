namespace RoboMakerDeploy;

/// <summary>
/// A call's overall limit (<see cref="RoboMakerDeployClientOptions.Timeout"/>), measured on the client's clock from the
/// moment the retry handler takes the call. The pipeline keeps to it with one timer per attempt: the attempt's timeout
/// is the nearer of <see cref="RoboMakerDeployClientOptions.AttemptTimeout"/> and <see cref="TimeLeft"/>, the retry
/// does not retry when its delay would reach the limit (less <see cref="Margin"/>), and no attempt starts once it has passed.
/// </summary>
/// <param name="timeProvider">The client's clock.</param>
/// <param name="limit">The call's limit.</param>
internal readonly struct CallDeadline(TimeProvider timeProvider, TimeSpan limit)
{
    /// <summary>
    /// How close to the limit counts as reached: real timers may fire up to a timer tick early (15.6 ms on Windows, about
    /// 1 ms elsewhere), and an attempt with that little time left could only time out.
    /// </summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(16);

    private readonly long _started = timeProvider.GetTimestamp();

    /// <summary>The call's limit (<see cref="RoboMakerDeployClientOptions.Timeout"/>).</summary>
    public TimeSpan Limit => limit;

    /// <summary>How much of the limit is left; zero or less once it has passed.</summary>
    public TimeSpan TimeLeft => limit - timeProvider.GetElapsedTime(_started);

    /// <summary>Whether the limit has passed, or is closer than <see cref="Margin"/>.</summary>
    public bool HasPassed => TimeLeft <= Margin;
}
