namespace RoboMakerDeploy.Emulator.State;

/// <summary>A robot of the world (guarded by the world's lock).</summary>
internal sealed class Robot(string arn, string name, string architecture, string greengrassGroupId, DateTimeOffset createdAt, long sequence, Dictionary<string, string>? tags)
{
    public string Arn { get; } = arn;

    public string Name { get; } = name;

    /// <summary>X86_64, ARM64 or ARMHF (the model's Architecture enum).</summary>
    public string Architecture { get; } = architecture;

    public string GreengrassGroupId { get; } = greengrassGroupId;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public long Sequence { get; } = sequence;

    public Dictionary<string, string> Tags { get; } = tags ?? new(StringComparer.Ordinal);

    /// <summary>The fleet the robot is registered with, or null.</summary>
    public Fleet? Fleet { get; set; }

    /// <summary>The newest job that deployed to this robot, or null.</summary>
    public SimulatedJob? LastJob { get; set; }
}
