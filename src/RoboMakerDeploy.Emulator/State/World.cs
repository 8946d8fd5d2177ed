using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoboMakerDeploy.Models;

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

    /// <summary>The highest version number <see cref="AutoCreateApplication"/> makes: versions 1 to N are made, so N is bounded.</summary>
    public const int MaxAutoCreatedVersion = 1000;

    /// <summary>Where the sources of an auto-created application point (the emulator has no S3; this bucket is never told about).</summary>
    public const string AutoCreatedBucket = "robomaker-emulator-auto-created";

    /// <summary>
    /// In <see cref="EmulatorWorldMode.AutoCreate"/>, makes the robot application a deployment names exist, as
    /// <see cref="FindFleet"/> does for fleets: an application ARN never seen (and never deleted) is created under that
    /// ARN, named after it, with a <c>General</c> software suite and a <c>$LATEST</c> holding a source for every
    /// architecture (<c>s3://robomaker-emulator-auto-created/&lt;name&gt;/&lt;architecture&gt;.tar.gz</c>). For an
    /// application this mode created, the numbered versions up to the one deployed are made too (snapshots of
    /// <c>$LATEST</c>, at most <see cref="MaxAutoCreatedVersion"/>), so that deploying version 3 then version 4 works as
    /// it did before the emulator kept applications; a version number already handed out that no longer exists was
    /// deleted and stays deleted. An application created through the API is never changed. Strict mode: nothing.
    /// </summary>
    /// <param name="arn">The application ARN (already checked to be one).</param>
    /// <param name="version">The version deployed (<c>applicationVersion</c>).</param>
    public void AutoCreateApplication(string arn, string? version)
    {
        if (Mode != EmulatorWorldMode.AutoCreate || Deleted.Contains(arn)) return;
        var now = Time.GetUtcNow();
        if (!Applications.TryGetValue(arn, out var app))
        {
            if (ArnFormats.ApplicationName(arn) is not { } name) return;
            IReadOnlyList<ApplicationSource> sources =
            [
                .. ArchitectureNames.Select(architecture => new ApplicationSource(
                    AutoCreatedBucket, $"{name}/{architecture}.tar.gz", DerivedEtag(AutoCreatedBucket, $"{name}/{architecture}.tar.gz"), architecture)),
            ];
            app = new RobotApplication(arn, name, NextSequence(), null)
            {
                Latest = new ApplicationVersion("$LATEST", sources, "General", null, null, Guid.NewGuid().ToString(), now),
                AutoCreated = true,
            };
            Applications.Add(arn, app);
        }
        if (!app.AutoCreated
            || !int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number > MaxAutoCreatedVersion)
        {
            return;
        }
        while (app.LastVersion < number)
        {
            var made = ++app.LastVersion;
            app.Versions.Add(made, app.Latest with { Version = made.ToString(CultureInfo.InvariantCulture), LastUpdatedAt = now });
        }
    }

    /// <summary>The etag the emulator gives an S3 object it was not told about: derived from its bucket and key.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    /// <returns>32 lowercase hex digits.</returns>
    public static string DerivedEtag(string bucket, string key) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(bucket + "/" + key)));

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

    /// <summary>Every architecture the SDK knows (X86_64, ARM64, ARMHF): an auto-created application has a source for each.</summary>
    private static IReadOnlyList<string> ArchitectureNames { get; } =
        [.. Enum.GetValues<Architecture>().Where(static a => a != Architecture.Unknown).Select(static a => a.ToString())];

    /// <summary>A Greengrass group id (a UUID) derived from the robot's ARN, for auto-created robots.</summary>
    private static string GroupId(string robotArn) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(robotArn)).AsSpan(0, 16)).ToString();
}
