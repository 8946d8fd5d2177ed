using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The dashboard and its read API, under <c>/_emulator/</c>: the static page (<see cref="DashboardFiles"/>),
/// <c>GET /_emulator/api/world</c>, <c>GET /_emulator/api/jobs/{id}</c> and <c>GET /_emulator/api/events</c>
/// (server-sent events). Unsigned and loopback-only: the request handler lets only callers on this machine reach it
/// (<see cref="LoopbackOnly"/>).
/// </summary>
/// <remarks>
/// The events stream sends the world when a client connects, after every API request the emulator answers (a
/// job created, a fleet changed) and every <see cref="EventInterval"/> of the emulator's clock, so a job's
/// progress shows live in real time and, with a fake clock, whenever the test advances it.
/// </remarks>
internal sealed class ReadApi(World world, RoboMakerEmulatorOptions options)
{
    /// <summary>The jobs a world view holds at most (the newest).</summary>
    public const int MaxJobs = 100;

    /// <summary>How often (on the emulator's clock) the events stream sends the world without a change.</summary>
    public static readonly TimeSpan EventInterval = TimeSpan.FromSeconds(1);

    private const string ApiPrefix = "/_emulator/api/";
    private const string JobsPrefix = ApiPrefix + "jobs/";

    private static readonly JsonSerializerOptions JsonOptions = new(ReadApiJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the path (trailing slash removed) is the dashboard's or the read API's.</summary>
    public static bool Handles(string path) =>
        path == "/_emulator" || path.StartsWith(ApiPrefix, StringComparison.Ordinal) || DashboardFiles.Find(path) is not null;

    /// <summary>Wakes the events streams: the world may have changed.</summary>
    public void Changed() => Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task HandleAsync(HttpContext context, string path, string method)
    {
        var response = context.Response;
        var file = DashboardFiles.Find(path == "/_emulator" ? "/_emulator/" : path);
        if (!HttpMethods.IsGet(method) && !(file is not null && HttpMethods.IsHead(method)))
        {
            throw new ServiceError(HttpStatusCode.MethodNotAllowed, "UnknownOperationException", $"The dashboard and read API answer GET only (HEAD for the page's files), not {method}.", ServiceError.CoralNamespace);
        }

        if (file is not null)
        {
            response.StatusCode = 200;
            response.ContentType = file.ContentType;
            response.Headers.CacheControl = "no-cache";
            response.ContentLength = file.Content.Length;
            if (HttpMethods.IsGet(method)) await response.Body.WriteAsync(file.Content, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        switch (path)
        {
            case ApiPrefix + "world":
                await WriteAsync(response, Serialize<WorldView>(View()), context.RequestAborted).ConfigureAwait(false);
                return;
            case ApiPrefix + "events":
                await StreamAsync(context).ConfigureAwait(false);
                return;
        }
        if (path.StartsWith(JobsPrefix, StringComparison.Ordinal))
        {
            var id = Uri.UnescapeDataString(path[JobsPrefix.Length..]);
            var job = Job(id) ?? throw new ServiceError(HttpStatusCode.NotFound, "ResourceNotFoundException", $"The deployment job {id} does not exist.");
            await WriteAsync(response, Serialize(job), context.RequestAborted).ConfigureAwait(false);
            return;
        }
        throw new ServiceError(HttpStatusCode.NotFound, "UnknownOperationException", "The read API is GET /_emulator/api/world, GET /_emulator/api/jobs/{id} and GET /_emulator/api/events; the dashboard is GET /_emulator/.", ServiceError.CoralNamespace);
    }

    /// <summary>The world now, on the emulator's clock.</summary>
    public WorldView View()
    {
        lock (world.Lock)
        {
            var now = world.Time.GetUtcNow();
            var snapshots = new Dictionary<SimulatedJob, JobSnapshot>();
            JobSnapshot SnapshotOf(SimulatedJob job)
            {
                if (!snapshots.TryGetValue(job, out var snapshot)) snapshots[job] = snapshot = job.Evaluate(now);
                return snapshot;
            }

            RobotView RobotOf(State.Robot robot)
            {
                var status = robot.Fleet is null ? nameof(RobotStatus.Available) : nameof(RobotStatus.Registered);
                if (robot.Fleet is not null && robot.LastJob is { } last && last.Fleet == robot.Fleet
                    && SnapshotOf(last).Robots.FirstOrDefault(r => r.Arn == robot.Arn)?.RawStatus is { } deployed)
                {
                    status = deployed;
                }
                return new RobotView(robot.Name, robot.Arn, robot.Architecture, status, robot.GreengrassGroupId, robot.Fleet?.Arn.Arn, robot.LastJob?.Arn, robot.LastJob?.CreatedAt);
            }

            var fleets = world.Fleets.Values.OrderBy(static f => f.Sequence).Select(fleet => new FleetView(
                fleet.Arn.Name, fleet.Arn.Arn, fleet.CreatedAt,
                fleet.LatestJob is { } latest ? SnapshotOf(latest).Status.ToString() : null,
                fleet.LatestJob?.Arn, fleet.LatestJob?.CreatedAt,
                [.. fleet.Robots.Select(RobotOf)])).ToList();
            var unregistered = world.Robots.Values.Where(static r => r.Fleet is null).OrderBy(static r => r.Sequence).Select(RobotOf).ToList();
            var jobs = world.Jobs.OrderByDescending(static j => j.Sequence).Take(MaxJobs).Select(job => JobOf(job, SnapshotOf(job))).ToList();
            var applications = world.Applications.Values.OrderBy(static a => a.Sequence).Select(static app => new ApplicationView(
                app.Name, app.Arn, VersionOf(app.Latest), [.. app.Versions.Values.Select(VersionOf)])).ToList();
            return new WorldView(world.Region, world.Mode == EmulatorWorldMode.Strict ? "strict" : "auto-create", now,
                options.JobDuration.TotalSeconds, fleets, unregistered, jobs, applications);
        }
    }

    /// <summary>One job now, by its id (the ARN's last part) or its ARN; null when there is none.</summary>
    public JobView? Job(string idOrArn)
    {
        lock (world.Lock)
        {
            var job = world.JobsByArn.GetValueOrDefault(idOrArn)
                ?? world.Jobs.FirstOrDefault(j => j.Arn.EndsWith("/" + idOrArn, StringComparison.Ordinal));
            return job is null ? null : JobOf(job, job.Evaluate(world.Time.GetUtcNow()));
        }
    }

    /// <summary>Sends the world as <c>event: world</c> now, on every change and every <see cref="EventInterval"/>, until the client leaves.</summary>
    private async Task StreamAsync(HttpContext context)
    {
        var response = context.Response;
        // Ends with the client or with the emulator: an open page must not hold up DisposeAsync or Ctrl+C.
        var stopping = context.RequestServices?.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var stream = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancellationToken = stream.Token;
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Sent at once, not buffered, so each event reaches the page as it is written.
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // The next tick is armed before the event is sent: whoever has read an event may advance a fake
                // clock and is sure to get the next one.
                var changed = Volatile.Read(ref _changed).Task;
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var delay = Task.Delay(EventInterval, options.TimeProvider, tick.Token);
                var data = Serialize<WorldView>(View());
                await response.Body.WriteAsync("event: world\ndata: "u8.ToArray(), cancellationToken).ConfigureAwait(false);
                await response.Body.WriteAsync(data, cancellationToken).ConfigureAwait(false);
                await response.Body.WriteAsync("\n\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);

                // Whichever comes first; the tick's timer is then released so a fake clock does not collect them.
                await Task.WhenAny(changed, delay).ConfigureAwait(false);
                await tick.CancelAsync().ConfigureAwait(false);
                await delay.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away, or the emulator is stopping.
        }
    }

    private JobView JobOf(SimulatedJob job, JobSnapshot snapshot)
    {
        var steps = job.Steps;
        var robots = snapshot.Robots.Select(r => new RobotProgressView(
            r.Arn ?? string.Empty,
            r.Arn is { } arn && world.Robots.TryGetValue(arn, out var robot) ? robot.Name : NameOf(r.Arn),
            r.RawStatus,
            r.ProgressDetail?.RawCurrentProgress,
            r.ProgressDetail?.PercentDone,
            r.ProgressDetail?.EstimatedTimeRemainingSeconds,
            ProgressPercent(r, steps),
            r.DeploymentStartTime,
            r.DeploymentFinishTime,
            r.RawFailureCode,
            r.FailureReason)).ToList();
        return new JobView(
            NameOf(job.Arn), job.Arn, job.Fleet.Arn.Arn, job.Fleet.Arn.Name, snapshot.Status.ToString(),
            snapshot.FailureCode?.ToString(), snapshot.FailureReason, job.CreatedAt,
            [.. job.ApplicationConfigs.Select(static c => new JobApplicationView(c.Application, c.ApplicationVersion))],
            job.DeploymentConfig?.ConcurrentDeploymentPercentage, job.DeploymentConfig?.FailureThresholdPercentage,
            [.. steps.Select(static s => s.ToString())], robots);
    }

    /// <summary>The share of the job's steps a robot has walked: finished steps, plus the download's percentDone within its step.</summary>
    internal static double ProgressPercent(RobotDeployment robot, IReadOnlyList<RobotDeploymentStep> steps)
    {
        if (robot.Status == RobotStatus.InSync) return 100;
        if (robot.ProgressDetail?.CurrentProgress is not { } step || steps.Count == 0) return 0;
        if (step == RobotDeploymentStep.Finished) return 100;
        var index = 0;
        while (index < steps.Count && steps[index] != step) index++;
        if (index == steps.Count) index = 0;
        // A failed robot ended at the end of its step (the emulator fails robots there).
        var within = robot.Status is RobotStatus.Failed or RobotStatus.NoResponse ? 1.0 : (robot.ProgressDetail.PercentDone ?? 0) / 100.0;
        return Math.Round((index + within) * 100.0 / steps.Count, 1);
    }

    private static ApplicationVersionView VersionOf(ApplicationVersion version) => new(
        version.Version, version.RevisionId,
        version.SuiteName is null ? null : (version.SuiteVersion is null ? version.SuiteName : version.SuiteName + " " + version.SuiteVersion),
        version.LastUpdatedAt,
        [.. version.Sources.Select(static s => new SourceView(s.Architecture, s.S3Bucket, s.S3Key, s.Etag))]);

    private static string NameOf(string? arn) => arn is null ? string.Empty : arn[(arn.LastIndexOf('/') + 1)..];

    /// <summary>JSON of a view, source-generated (<see cref="ReadApiJsonContext"/>), escaping only what JSON requires.</summary>
    private static byte[] Serialize<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)JsonOptions.GetTypeInfo(typeof(T)));

    private static async Task WriteAsync(HttpResponse response, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.Headers.CacheControl = "no-cache";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }
}
