using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// Everything the emulated service knows: fleets, robots, robot applications, deployment jobs, the S3 objects it
/// has been told about, and which resources were deleted (a deleted resource is never auto-created again). One
/// lock guards it all, so concurrent clients see one consistent world.
/// </summary>
internal sealed class World(RoboMakerEmulatorOptions options)
{
    private long _sequence;
    private long _lastId;

    public Lock Lock { get; } = new();

    public TimeProvider Time { get; } = options.TimeProvider;

    public string Region { get; } = options.Region;

    public string Account { get; } = options.AccountId;

    public EmulatorWorldMode Mode { get; } = options.WorldMode;

    public int RobotsPerFleet { get; } = options.RobotsPerFleet;

    /// <summary>An id unique to this emulator instance (in page tokens, so a token only continues its own listing).</summary>
    public string Instance { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public Dictionary<string, Fleet> Fleets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Robot> Robots { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RobotApplication> Applications { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimulatedJob> JobsByArn { get; } = new(StringComparer.Ordinal);

    public List<SimulatedJob> Jobs { get; } = [];

    /// <summary>ARNs of deleted fleets, robots and applications.</summary>
    public HashSet<string> Deleted { get; } = new(StringComparer.Ordinal);

    /// <summary>The S3 objects the emulator was told about: bucket and key to etag, or null for an object deleted.</summary>
    public Dictionary<(string Bucket, string Key), string?> S3Objects { get; } = [];

    public long NextSequence() => ++_sequence;

    /// <summary>The counters behind <see cref="NextSequence"/> and <see cref="NewResourceId"/>, saved with the world.</summary>
    public (long Sequence, long LastId) Counters
    {
        get => (_sequence, _lastId);
        set => (_sequence, _lastId) = value;
    }

    /// <summary>A 13-digit id as the service gives resources (the creation time in milliseconds, made unique).</summary>
    public long NewResourceId()
    {
        _lastId = Math.Max(_lastId + 1, Time.GetUtcNow().ToUnixTimeMilliseconds());
        return _lastId;
    }

    /// <summary>
    /// The live fleet of that ARN. An unknown, never-deleted fleet is created (with its robots) in
    /// <see cref="EmulatorWorldMode.AutoCreate"/>; otherwise null.
    /// </summary>
    public Fleet? FindFleet(FleetArn arn)
    {
        if (Fleets.TryGetValue(arn.Arn, out var fleet)) return fleet;
        if (Mode != EmulatorWorldMode.AutoCreate || Deleted.Contains(arn.Arn)) return null;
        var now = SimulatedJob.ToMilliseconds(Time.GetUtcNow());
        fleet = new Fleet(arn, now, null) { Sequence = NextSequence() };
        var idBase = 1_500_000_000_000L + (RandomNumberGenerator.GetInt32(100_000_000) * 1000L);
        for (var i = 0; i < RobotsPerFleet; i++)
        {
            var robotArn = ArnFormats.RobotArn(arn, i, idBase);
            var robot = new Robot(robotArn, $"{arn.Name}-robot-{i + 1:D2}", "X86_64", GroupId(robotArn), now, NextSequence(), null) { Fleet = fleet };
            Robots.Add(robotArn, robot);
            fleet.Robots.Add(robot);
        }
        Fleets.Add(arn.Arn, fleet);
        return fleet;
    }

    /// <summary>Whether an application ARN names one the world does not have (never created in Strict mode, or deleted).</summary>
    public bool ApplicationMissing(string arn) =>
        !Applications.ContainsKey(arn) && (Mode == EmulatorWorldMode.Strict || Deleted.Contains(arn));

    /// <summary>The resource's tags, or null when no live resource has that ARN.</summary>
    public Dictionary<string, string>? TagsOf(string arn)
    {
        if (Fleets.TryGetValue(arn, out var fleet)) return fleet.Tags;
        if (Robots.TryGetValue(arn, out var robot)) return robot.Tags;
        if (Applications.TryGetValue(arn, out var app)) return app.Tags;
        if (JobsByArn.TryGetValue(arn, out var job)) return job.Tags ??= new(StringComparer.Ordinal);
        return null;
    }

    /// <summary>A Greengrass group id (a UUID) derived from the robot's ARN, for auto-created robots.</summary>
    private static string GroupId(string robotArn) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(robotArn)).AsSpan(0, 16)).ToString();
}
