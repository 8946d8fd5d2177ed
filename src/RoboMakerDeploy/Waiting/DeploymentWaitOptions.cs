namespace RoboMakerDeploy.Waiting;

/// <summary>
/// How <see cref="IRoboMakerDeployClient.WaitForDeploymentJobAsync"/> polls. The defaults suit
/// deployments that take minutes to hours: the first poll at once, then delays growing from 5 seconds
/// to at most 1 minute, with jitter so that many waiters do not poll in step, and no overall timeout.
/// </summary>
public sealed record DeploymentWaitOptions
{
    /// <summary>The shortest delay between polls (default 5 seconds).</summary>
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest delay between polls (default 60 seconds).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long to wait in all before giving up with <see cref="DeploymentWaitTimeoutException"/>; null (the default) to wait until the job ends.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether a job that ends Failed or Canceled raises <see cref="DeploymentJobFailedException"/> (default false: the final description is returned).</summary>
    public bool ThrowOnFailure { get; init; }

    /// <summary>A source of random numbers in [0, 1) for the jitter; null for a shared random source. Set it to make delays reproducible.</summary>
    public Func<double>? JitterSource { get; init; }

    /// <summary>
    /// The delay after poll <paramref name="pollIndex"/> (0 for the first): a random point
    /// (<paramref name="random"/> in [0, 1)) between <see cref="MinDelay"/> and
    /// min(<see cref="MaxDelay"/>, <see cref="MinDelay"/> × 2^<paramref name="pollIndex"/>).
    /// </summary>
    /// <param name="pollIndex">How many polls came before, less one.</param>
    /// <param name="random">A number in [0, 1).</param>
    /// <returns>The delay.</returns>
    public TimeSpan DelayAfterPoll(int pollIndex, double random)
    {
        var ceiling = Math.Min(MaxDelay.Ticks, MinDelay.Ticks * Math.Pow(2, Math.Min(pollIndex, 62)));
        var ticks = MinDelay.Ticks + ((ceiling - MinDelay.Ticks) * Math.Clamp(random, 0, 1));
        return TimeSpan.FromTicks((long)ticks);
    }
}
