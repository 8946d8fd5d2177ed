
namespace RoboMakerDeploy;

/// <summary>
/// How the waiters of <see cref="DeploymentJobWaiter"/> poll. The defaults: the first poll at once, then
/// <see cref="DeploymentPollingStrategy.Adaptive"/> delays planned from the job's own progress, between 2 seconds
/// and 60 seconds (the many-jobs waiter's rounds at least 15 seconds apart, <see cref="MinRoundDelay"/>), and no
/// overall timeout. <see cref="DeploymentPollingStrategy.Backoff"/> selects the blind
/// doubling backoff of <see cref="DelayAfterPoll"/> instead (with <see cref="MinDelay"/> 5 s, the waiter's
/// behaviour before the adaptive one: 5–10 s, 10–20 s, 20–40 s, then 30–60 s).
/// </summary>
public sealed record DeploymentWaitOptions
{
    /// <summary>
    /// The shortest delay between polls (default 2 seconds, so the adaptive strategy can poll soon after a predicted end); 0 to 24 days.
    /// After throttling a delay is never shorter than 1 second, doubling per throttle level (see <see cref="MaxDelay"/>), whatever this is.
    /// </summary>
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest delay between polls (default 60 seconds); at least <see cref="MinDelay"/> and at most 24 days. 0 is accepted
    /// (tests poll a stub without pause), but a throttled wait never spins: after throttling the delay is at least
    /// 1 s × 2^(level − 1), up to 60 s, even beyond this (each throttled poll raises the level, by 2 when the throttling got
    /// past the client's retries; each clean poll lowers it by 1).
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The shortest delay between two rounds of <see cref="DeploymentJobWaiter.WaitForDeploymentJobsAsync"/> (default 15 seconds,
    /// the interval of AWS CLI waiters); 0 to 24 days, and never less than <see cref="MinDelay"/> nor more than <see cref="MaxDelay"/>.
    /// </summary>
    /// <remarks>
    /// A round (one ListDeploymentJobs sweep, plus about one call to resolve the jobs that ended) serves every job at once,
    /// so its cost does not grow with the jobs but with how often it runs: at one round per 15 s the waiter spends about
    /// 8 calls a minute however many jobs end, and finds a job ended at most 15 s (about 7.5 s on average) after its end
    /// once the jobs' ends are predictable. Lower it to hear sooner of a few jobs. Not applied when the many-jobs waiter
    /// has a progress handler (it then follows every change), nor to the single waiter.
    /// </remarks>
    public TimeSpan MinRoundDelay { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long to wait in all before giving up with <see cref="DeploymentWaitTimeoutException"/>, more than 0 and at
    /// most 24 days (timers refuse about 49.7 days or more); null (the default) to wait until the job ends.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// How many polls in a row may end in <see cref="ThrottlingException"/> (after the client's own
    /// retries) before the wait gives up with that exception (default 5). Fewer throttled polls only slow
    /// the polling down.
    /// </summary>
    public int MaxThrottledPolls { get; init; } = 5;

    /// <summary>Whether a job that ends Failed or Canceled raises <see cref="DeploymentJobFailedException"/> (default false: the final description is returned).</summary>
    public bool ThrowOnFailure { get; init; }

    /// <summary>How each delay is planned.</summary>
    /// <value>Default <see cref="DeploymentPollingStrategy.Adaptive"/>: from the description just read (remaining time, finished robots' pace, earlier phases' lengths); see that member for the model.</value>
    public DeploymentPollingStrategy PollingStrategy { get; init; } = DeploymentPollingStrategy.Adaptive;

    /// <summary>
    /// The clock for delays and the timeout; null (the default) for the client's own clock when the client is a
    /// <see cref="RoboMakerDeployClient"/> (its <see cref="RoboMakerDeployClientOptions.TimeProvider"/>), else <see cref="TimeProvider.System"/>.
    /// Set it to wait in virtual time on a client that is a test double.
    /// </summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>A source of random numbers in [0, 1) for the jitter; null for a shared random source. Set it to make delays reproducible.</summary>
    public Func<double>? JitterSource { get; init; }

    /// <summary>
    /// The shortest delay after a throttled poll (1 second), whatever <see cref="MinDelay"/> and <see cref="MaxDelay"/> say: throttling
    /// doubles the planned delay, and doubling a delay of 0 would let a throttled wait spin (an attack pass saw some 20,000
    /// requests in 2 s with MinDelay = MaxDelay = 0).
    /// </summary>
    internal static TimeSpan ThrottledDelayFloor { get; } = TimeSpan.FromSeconds(1);

    /// <summary>How far the throttled floor (<see cref="ThrottledDelayFloor"/>, doubling) may grow: 60 seconds, the default <see cref="MaxDelay"/>.</summary>
    internal static TimeSpan ThrottledDelayCeiling { get; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// A planned delay held to the throttled floor: at throttle level n > 0 (each throttled poll raises it, by 2 when the
    /// throttling got past the client's retries; each clean poll lowers it by 1) at least
    /// min(<see cref="ThrottledDelayFloor"/> × 2^(n − 1), <see cref="ThrottledDelayCeiling"/>); unchanged at level 0.
    /// </summary>
    /// <param name="delay">The delay planned within [MinDelay, MaxDelay].</param>
    /// <param name="throttleLevel">The throttle level.</param>
    /// <returns>The delay to wait, in whole milliseconds.</returns>
    internal static TimeSpan AfterThrottling(TimeSpan delay, int throttleLevel)
    {
        if (throttleLevel <= 0) return delay;
        var floor = Math.Min(ThrottledDelayCeiling.Ticks, ThrottledDelayFloor.Ticks << Math.Min(throttleLevel - 1, 30));
        return delay >= TimeSpan.FromTicks(floor) ? delay : TimeSpan.FromTicks(floor);
    }

    /// <summary>
    /// Checks these options before the first poll, so a bad value fails up front rather than from a timer later.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// An option is out of range (named in the message; <see cref="ArgumentException.ParamName"/> is <c>options</c>):
    /// MinDelay below 0, MaxDelay below MinDelay, MinDelay, MaxDelay or Timeout above 24 days, Timeout not positive,
    /// MinRoundDelay below 0 or above 24 days, or MaxThrottledPolls below 1.
    /// </exception>
    internal void Validate()
    {
        if (MinDelay < TimeSpan.Zero || MaxDelay < MinDelay)
        {
            throw Invalid("DeploymentWaitOptions needs 0 <= MinDelay <= MaxDelay.");
        }
        if (MaxDelay > DurationLimits.Max)
        {
            // MinDelay <= MaxDelay, so this bounds both.
            throw Invalid($"DeploymentWaitOptions.{(MinDelay > DurationLimits.Max ? nameof(MinDelay) : nameof(MaxDelay))} must be at most {DurationLimits.MaxText}; it is {(MinDelay > DurationLimits.Max ? MinDelay : MaxDelay)}.");
        }
        if (MinRoundDelay < TimeSpan.Zero || MinRoundDelay > DurationLimits.Max)
        {
            throw Invalid($"DeploymentWaitOptions.MinRoundDelay must be between 0 and {DurationLimits.MaxText}; it is {MinRoundDelay}.");
        }
        if (MaxThrottledPolls < 1)
        {
            throw Invalid("DeploymentWaitOptions.MaxThrottledPolls must be at least 1.");
        }
        if (Timeout is { } limit && limit <= TimeSpan.Zero)
        {
            throw Invalid("DeploymentWaitOptions.Timeout must be positive when set.");
        }
        if (Timeout > DurationLimits.Max)
        {
            throw Invalid($"DeploymentWaitOptions.Timeout must be at most {DurationLimits.MaxText} (or null for no limit); it is {Timeout}.");
        }

        static ArgumentException Invalid(string message) => new(message, "options");
    }

    /// <summary>
    /// The delay after poll <paramref name="pollIndex"/> (0 for the first): with the ceiling
    /// c = min(<see cref="MaxDelay"/>, <see cref="MinDelay"/> × 2^(<paramref name="pollIndex"/> + 1)), a point
    /// c/2 + <paramref name="random"/> × c/2 (<paramref name="random"/> in [0, 1)), never below
    /// <see cref="MinDelay"/>, in whole milliseconds (the resolution of timers). With <see cref="MinDelay"/> 5 s and <see cref="MaxDelay"/> 60 s: 5–10 s, 10–20 s, 20–40 s, then 30–60 s for as long as the job runs. Used by <see cref="DeploymentPollingStrategy.Backoff"/>.
    /// </summary>
    /// <param name="pollIndex">The backoff step: how many delays came before (throttled polls count extra).</param>
    /// <param name="random">A number in [0, 1).</param>
    /// <returns>The delay.</returns>
    public TimeSpan DelayAfterPoll(int pollIndex, double random)
    {
        var ceiling = Math.Min(MaxDelay.Ticks, MinDelay.Ticks * Math.Pow(2, Math.Clamp(pollIndex + 1, 0, 62)));
        var ticks = (ceiling / 2) + (ceiling / 2 * Math.Clamp(random, 0, 1));
        var delay = Math.Max(MinDelay.Ticks, (long)ticks);
        return TimeSpan.FromTicks(delay - (delay % TimeSpan.TicksPerMillisecond));
    }
}
