namespace RoboMakerDeploy.Emulator.State;

/// <summary>A fleet of the world: its registered robots, its tags and its newest job (guarded by the world's lock).</summary>
internal sealed class Fleet(FleetArn arn, DateTimeOffset createdAt, Dictionary<string, string>? tags)
{
    public FleetArn Arn { get; } = arn;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The registered robots, in registration order (a job's robot index is its place here).</summary>
    public List<Robot> Robots { get; } = [];

    public Dictionary<string, string> Tags { get; } = tags ?? new(StringComparer.Ordinal);

    /// <summary>The order of creation across the world, for listing and page tokens.</summary>
    public long Sequence { get; init; }

    /// <summary>The fleet's newest job, or null before its first.</summary>
    public SimulatedJob? LatestJob { get; set; }
}
