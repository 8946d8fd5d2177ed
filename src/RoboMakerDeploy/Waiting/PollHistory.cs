namespace RoboMakerDeploy;

/// <summary>
/// What the adaptive planner remembers between two polls of one job: which phase the job is in (its status and
/// each robot's status and step), when that phase began (as well as the replies tell), how long the phase
/// before it lasted, and how throttled the polls have been.
/// </summary>
/// <param name="Signature">The job's status and each robot's status and step; a poll that changes it starts a new phase.</param>
/// <param name="PhaseStart">The best estimate of when the current phase began.</param>
/// <param name="PhaseEndEstimate">When the current phase should end, when a reply said so (a robot's estimatedTimeRemainingSeconds).</param>
/// <param name="PreviousPhaseLength">How long the phase before lasted; null when none was seen.</param>
/// <param name="PolledAt">When this description was read.</param>
/// <param name="ThrottleLevel">Each throttled poll raises it by one, each clean poll lowers it by one; every level doubles the planned delay.</param>
internal readonly record struct PollHistory(
    string Signature,
    DateTimeOffset PhaseStart,
    DateTimeOffset? PhaseEndEstimate,
    TimeSpan? PreviousPhaseLength,
    DateTimeOffset PolledAt,
    int ThrottleLevel);
