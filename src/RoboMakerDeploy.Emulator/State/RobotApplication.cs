namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// A robot application of the world: its <c>$LATEST</c> (sources, software suite, environment, revision id) and
/// its numbered versions, each a snapshot of <c>$LATEST</c> when it was made (guarded by the world's lock).
/// </summary>
internal sealed class RobotApplication(string arn, string name, long sequence, Dictionary<string, string>? tags)
{
    public string Arn { get; } = arn;

    public string Name { get; } = name;

    public long Sequence { get; } = sequence;

    public Dictionary<string, string> Tags { get; } = tags ?? new(StringComparer.Ordinal);

    /// <summary>The <c>$LATEST</c> state.</summary>
    public required ApplicationVersion Latest { get; set; }

    /// <summary>The numbered versions that exist (deleted ones removed), by number.</summary>
    public SortedDictionary<int, ApplicationVersion> Versions { get; } = [];

    /// <summary>Whether <see cref="World.AutoCreateApplication"/> made it (then it also makes the versions deployed).</summary>
    public bool AutoCreated { get; init; }

    /// <summary>The last version number handed out (numbers are never reused).</summary>
    public int LastVersion { get; set; }
}
