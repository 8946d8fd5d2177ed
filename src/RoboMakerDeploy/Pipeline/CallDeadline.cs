namespace RoboMakerDeploy;

/// <summary>
/// A call's overall limit (<see cref="RoboMakerDeployClientOptions.Timeout"/>), measured on the client's clock from the
/// moment the retry handler takes the call. The pipeline keeps to it with one timer per attempt: the attempt's timeout
/// is the nearer of <see cref="RoboMakerDeployClientOptions.AttemptTimeout"/> and <see cref="TimeLeft"/>, the retry
/// waits no longer than what is left, and no attempt starts once it has passed.
/// </summary>
/// <param name="timeProvider">The client's clock.</param>
/// <param name="limit">The call's limit.</param>
internal readonly struct CallDeadline(TimeProvider timeProvider, TimeSpan limit)
{
    private readonly long _started = timeProvider.GetTimestamp();

    /// <summary>The call's limit (<see cref="RoboMakerDeployClientOptions.Timeout"/>).</summary>
    public TimeSpan Limit => limit;

    /// <summary>How much of the limit is left; zero or less once it has passed.</summary>
    public TimeSpan TimeLeft => limit - timeProvider.GetElapsedTime(_started);

    /// <summary>Whether the limit has passed.</summary>
    public bool HasPassed => TimeLeft <= TimeSpan.Zero;
}
