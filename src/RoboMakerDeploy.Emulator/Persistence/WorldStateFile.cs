using System.Text.Json;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Models;
using Fleet = RoboMakerDeploy.Emulator.State.Fleet;
using Robot = RoboMakerDeploy.Emulator.State.Robot;

namespace RoboMakerDeploy.Emulator.Persistence;

/// <summary>
/// Saves a <see cref="World"/> to a state file and loads one back. A save captures the world under its lock and
/// writes outside it, to a temporary file moved over the old one, so a crash mid-save never leaves half a world.
/// </summary>
internal static class WorldStateFile
{
    /// <summary>Captures the world and writes it to <paramref name="path"/>.</summary>
    /// <returns>What was written.</returns>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static async Task<SaveReport> SaveAsync(World world, string path, CancellationToken cancellationToken)
    {
        WorldState state;
        lock (world.Lock) state = Capture(world);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temporary = full + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await JsonSerializer.SerializeAsync(stream, state, WorldStateJsonContext.Default.WorldState, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, full, overwrite: true);
        return new SaveReport(full, state.Fleets.Count, state.Robots.Count, state.Applications.Count, state.Jobs.Count);
    }

    /// <summary>Loads the world saved in <paramref name="path"/> into an empty <paramref name="world"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a saved world of this format, Region and account.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static void Load(World world, string path)
    {
        WorldState state;
        try
        {
            using var stream = File.OpenRead(path);
            state = JsonSerializer.Deserialize(stream, WorldStateJsonContext.Default.WorldState)
                ?? throw new InvalidDataException($"The state file {path} holds null, not a saved emulator world.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The state file {path} is not a saved emulator world: {ex.Message}", ex);
        }
        if (state.Format != WorldState.CurrentFormat)
        {
            throw new InvalidDataException($"The state file {path} has format {state.Format}; this emulator reads format {WorldState.CurrentFormat}.");
        }
        if (!string.Equals(state.Region, world.Region, StringComparison.Ordinal) || !string.Equals(state.AccountId, world.Account, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The state file {path} holds a world of Region {state.Region} and account {state.AccountId}, not {world.Region} and {world.Account}: start the emulator with that Region and account, or another state file.");
        }
        try
        {
            lock (world.Lock) Restore(world, state);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException or FormatException or JsonException)
        {
            throw new InvalidDataException($"The state file {path} does not hold a consistent world: {ex.Message}", ex);
        }
    }

    internal static WorldState Capture(World world)
    {
        var (sequence, lastId) = world.Counters;
        return new WorldState
        {
            Region = world.Region,
            AccountId = world.Account,
            SavedAt = world.Time.GetUtcNow(),
            Sequence = sequence,
            LastResourceId = lastId,
            Fleets = [.. world.Fleets.Values.OrderBy(static f => f.Sequence).Select(static f => new FleetState(
                f.Arn.Arn, f.CreatedAt, f.Sequence, new(f.Tags, StringComparer.Ordinal), [.. f.Robots.Select(static r => r.Arn)], f.LatestJob?.Arn))],
            Robots = [.. world.Robots.Values.OrderBy(static r => r.Sequence).Select(static r => new RobotState(
                r.Arn, r.Name, r.Architecture, r.GreengrassGroupId, r.CreatedAt, r.Sequence, new(r.Tags, StringComparer.Ordinal), r.Fleet?.Arn.Arn, r.LastJob?.Arn))],
            Applications = [.. world.Applications.Values.OrderBy(static a => a.Sequence).Select(static a => new ApplicationState(
                a.Arn, a.Name, a.Sequence, new(a.Tags, StringComparer.Ordinal), a.Latest, [.. a.Versions.Values], a.LastVersion, a.AutoCreated))],
            Jobs = [.. world.Jobs.Select(CaptureJob)],
            Deleted = [.. world.Deleted.Order(StringComparer.Ordinal)],
            S3Objects = [.. world.S3Objects.Select(static o => new S3ObjectState(o.Key.Bucket, o.Key.Key, o.Value))],
        };
    }

    private static JobState CaptureJob(SimulatedJob job)
    {
        var request = new CreateDeploymentJobRequest
        {
            Fleet = job.Fleet.Arn.Arn,
            DeploymentApplicationConfigs = job.ApplicationConfigs,
            DeploymentConfig = job.DeploymentConfig,
        };
        return new JobState(
            job.Arn,
            job.Fleet.Arn.Arn,
            job.Sequence,
            job.CreatedAt,
            job.Duration,
            JsonSerializer.SerializeToElement(request, RoboMakerDeployJson.TypeInfo<CreateDeploymentJobRequest>()),
            job.Tags is null ? null : new(job.Tags, StringComparer.Ordinal),
            [.. job.Targets.Select(static t => new JobTargetState(t.RobotArn, t.Failure is { } f ? new FailureState(f.Code.ToString(), f.Reason) : null))],
            [.. job.ScriptedFailures.Select(static f => new ScriptedFailureState(f.Fleet, f.RobotIndex, f.FailureCode.ToString(), f.Step?.ToString(), f.FailureReason))],
            job.JobFailure is { } jf ? new FailureState(jf.Code.ToString(), jf.Reason) : null,
            job.Stopped is { } s ? new StopState(s.At, s.Status.ToString(), s.Code?.ToString(), s.Reason) : null);
    }

    private static void Restore(World world, WorldState state)
    {
        if (world.Fleets.Count + world.Robots.Count + world.Applications.Count + world.Jobs.Count > 0)
        {
            throw new InvalidOperationException("A world is loaded into an empty emulator only.");
        }
        world.Counters = (state.Sequence, state.LastResourceId);
        foreach (var f in state.Fleets)
        {
            var arn = ArnFormats.ParseFleet(f.Arn) ?? throw new FormatException($"'{f.Arn}' is not a fleet ARN.");
            var fleet = new Fleet(arn, f.CreatedAt, new(f.Tags, StringComparer.Ordinal)) { Sequence = f.Sequence };
            world.Fleets.Add(f.Arn, fleet);
        }
        foreach (var r in state.Robots)
        {
            var robot = new Robot(r.Arn, r.Name, r.Architecture, r.GreengrassGroupId, r.CreatedAt, r.Sequence, new(r.Tags, StringComparer.Ordinal));
            if (r.Fleet is { } fleetArn) robot.Fleet = world.Fleets[fleetArn];
            world.Robots.Add(r.Arn, robot);
        }
        foreach (var f in state.Fleets)
        {
            var fleet = world.Fleets[f.Arn];
            foreach (var robotArn in f.Robots) fleet.Robots.Add(world.Robots[robotArn]);
        }
        foreach (var a in state.Applications)
        {
            var app = new RobotApplication(a.Arn, a.Name, a.Sequence, new(a.Tags, StringComparer.Ordinal)) { Latest = a.Latest, LastVersion = a.LastVersion, AutoCreated = a.AutoCreated };
            foreach (var version in a.Versions) app.Versions.Add(int.Parse(version.Version, System.Globalization.CultureInfo.InvariantCulture), version);
            world.Applications.Add(a.Arn, app);
        }
        foreach (var j in state.Jobs)
        {
            var request = j.Request.Deserialize(RoboMakerDeployJson.TypeInfo<CreateDeploymentJobRequest>())
                ?? throw new FormatException($"The job {j.Arn} has no request.");
            // A job on a deleted fleet kept a fleet object of its own, outside the world's fleets.
            var fleet = world.Fleets.GetValueOrDefault(j.Fleet)
                ?? new Fleet(ArnFormats.ParseFleet(j.Fleet) ?? throw new FormatException($"'{j.Fleet}' is not a fleet ARN."), j.CreatedAt, null);
            var job = new SimulatedJob(
                j.Arn,
                fleet,
                j.Sequence,
                j.CreatedAt,
                request.DeploymentApplicationConfigs,
                request.DeploymentConfig,
                j.Tags,
                j.Duration,
                [.. j.ScriptedFailures.Select(static f => new ScriptedRobotFailure(f.Fleet, f.RobotIndex, Enum.Parse<DeploymentJobErrorCode>(f.FailureCode))
                {
                    Step = f.Step is null ? null : Enum.Parse<RobotDeploymentStep>(f.Step),
                    FailureReason = f.FailureReason,
                })],
                [.. j.Targets.Select(static t => new JobTarget(t.RobotArn, Failure(t.Failure)))],
                Failure(j.JobFailure));
            if (j.Stop is { } stop)
            {
                job.RestoreStop(stop.At, Enum.Parse<DeploymentStatus>(stop.Status), stop.Code is null ? null : Enum.Parse<DeploymentJobErrorCode>(stop.Code), stop.Reason);
            }
            if (!world.Fleets.ContainsKey(j.Fleet)) fleet.LatestJob = job;
            world.Jobs.Add(job);
            world.JobsByArn.Add(j.Arn, job);
        }
        foreach (var f in state.Fleets)
        {
            if (f.LatestJob is { } latest) world.Fleets[f.Arn].LatestJob = world.JobsByArn[latest];
        }
        foreach (var r in state.Robots)
        {
            if (r.LastJob is { } last) world.Robots[r.Arn].LastJob = world.JobsByArn[last];
        }
        foreach (var arn in state.Deleted) world.Deleted.Add(arn);
        foreach (var o in state.S3Objects) world.S3Objects[(o.Bucket, o.Key)] = o.Etag;
    }

    private static WorldFailure? Failure(FailureState? failure) =>
        failure is null ? null : new WorldFailure(Enum.Parse<DeploymentJobErrorCode>(failure.Code), failure.Reason);
}
