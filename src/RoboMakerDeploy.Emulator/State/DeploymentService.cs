using System.Security.Cryptography;
using System.Text;
using RoboMakerDeploy.Emulator.Http;
using RoboMakerDeploy.Emulator.Validation;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// The deployment-job operations, acting on the <see cref="World"/>: a job deploys to the fleet's registered
/// robots, and the world decides which of them fail and why (see <see cref="WorldFailureFor"/>). Every operation
/// reads the clock once and evaluates jobs lazily at that instant. Requests have been validated against the
/// service model before they get here.
/// </summary>
internal sealed class DeploymentService
{
    private readonly World _world;
    private readonly Lock _lock;
    private readonly Dictionary<string, Fleet> _fleets;
    private readonly Dictionary<string, SimulatedJob> _jobsByArn;
    private readonly List<SimulatedJob> _jobs;
    private readonly Dictionary<string, (object Request, SimulatedJob Job)> _tokens = new(StringComparer.Ordinal);
    private readonly List<ScriptedRobotFailure> _failures;
    private readonly string _instance;
    private readonly string _region;
    private readonly TimeSpan _jobDuration;
    private readonly TimeProvider _time;

    public DeploymentService(World world, RoboMakerEmulatorOptions options)
    {
        _world = world;
        _lock = world.Lock;
        _fleets = world.Fleets;
        _jobsByArn = world.JobsByArn;
        _jobs = world.Jobs;
        _instance = world.Instance;
        _region = options.Region;
        _jobDuration = options.JobDuration;
        _time = options.TimeProvider;
        _failures = [.. options.ScriptedFailures];
    }

    public (int Fleets, int Jobs) Counts()
    {
        lock (_lock) return (_fleets.Count, _jobs.Count);
    }

    public void AddScriptedFailure(ScriptedRobotFailure failure)
    {
        lock (_lock) _failures.Add(failure);
    }

    public void ClearScriptedFailures()
    {
        lock (_lock) _failures.Clear();
    }

    public CreateDeploymentJobResponse Create(CreateDeploymentJobRequest request)
    {
        var token = RequireToken(request.ClientRequestToken);
        var fleetArn = ParseFleet(request.Fleet);
        var application = request.DeploymentApplicationConfigs[0].Application;
        if (!ArnFormats.IsApplicationArn(application))
        {
            throw ServiceError.InvalidParameter($"deploymentApplicationConfigs[0].application '{application}' is not a robot application ARN (arn:aws:robomaker:<region>:<account>:robot-application/<name>/<id>).");
        }

        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var job = Idempotent("create:" + token, request) ?? StartJob(fleetArn, now, request.DeploymentApplicationConfigs, request.DeploymentConfig, request.Tags, "create:" + token, request);
            var snapshot = job.Evaluate(now, includeRobots: false);
            return Reply(new CreateDeploymentJobResponse { Tags = Copy(job.Tags) }, job, snapshot);
        }
    }

    public SyncDeploymentJobResponse Sync(SyncDeploymentJobRequest request)
    {
        var token = RequireToken(request.ClientRequestToken);
        var fleetArn = ParseFleet(request.Fleet);

        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var job = Idempotent("sync:" + token, request);
            if (job is null)
            {
                var latest = _fleets.GetValueOrDefault(fleetArn.Arn)?.LatestJob
                    ?? throw ServiceError.ResourceNotFound($"The fleet {fleetArn.Arn} has no deployment job to synchronize its robots to.");
                job = StartJob(fleetArn, now, latest.ApplicationConfigs, latest.DeploymentConfig, tags: null, "sync:" + token, request);
            }
            var snapshot = job.Evaluate(now, includeRobots: false);
            return Reply(new SyncDeploymentJobResponse(), job, snapshot);
        }
    }

    public DescribeDeploymentJobResponse Describe(DescribeDeploymentJobRequest request)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var job = Find(request.Job);
            var snapshot = job.Evaluate(now);
            return Reply(new DescribeDeploymentJobResponse { RobotDeploymentSummary = snapshot.Robots, Tags = Copy(job.Tags) }, job, snapshot);
        }
    }

    /// <summary>
    /// Cancels a job that is not over. Cancelling a job that already ended (Succeeded, Failed or Canceled) is
    /// accepted and changes nothing, so a retried cancel whose first reply was lost still succeeds.
    /// </summary>
    public CancelDeploymentJobResponse Cancel(CancelDeploymentJobRequest request)
    {
        lock (_lock)
        {
            Find(request.Job).Cancel(_time.GetUtcNow());
        }
        return new CancelDeploymentJobResponse();
    }

    public ListDeploymentJobsResponse List(ListDeploymentJobsRequest request)
    {
        var filter = request.Filters is { Count: > 0 } filters ? filters[0] : null;
        HashSet<DeploymentStatus>? statuses = null;
        HashSet<string>? fleetNames = null;
        if (filter?.Name == "status")
        {
            statuses = [];
            var known = ServiceModel.Instance.EnumValues("DeploymentStatus");
            foreach (var value in filter.Values)
            {
                if (!known.Contains(value) || !Enum.TryParse<DeploymentStatus>(value, out var status))
                {
                    throw ServiceError.InvalidParameter($"filters[0].values holds '{value}', which is not a deployment status ({string.Join(" | ", known)}).");
                }
                statuses.Add(status);
            }
        }
        else if (filter?.Name == "fleetName")
        {
            fleetNames = new HashSet<string>(filter.Values, StringComparer.Ordinal);
        }
        var filterKey = filter is null ? "-" : FilterKey(filter);
        var max = ListLimits.PageSize(request.MaxResults, ListLimits.ListDeploymentJobs);

        lock (_lock)
        {
            var after = long.MaxValue;
            if (request.NextToken is { } token && !PageToken.TryRead(token, _instance, filterKey, out after))
            {
                throw ServiceError.InvalidParameter("nextToken is not valid: it must come from a previous ListDeploymentJobs reply with the same filters.");
            }
            var now = _time.GetUtcNow();
            var page = new List<DeploymentJob>(Math.Min(max, _jobs.Count));
            string? nextToken = null;
            long lastSequence = 0;
            for (var i = _jobs.Count - 1; i >= 0; i--)
            {
                var job = _jobs[i];
                if (job.Sequence >= after) continue;
                if (fleetNames is not null && !fleetNames.Contains(job.Fleet.Arn.Name)) continue;
                var snapshot = job.Evaluate(now, includeRobots: false);
                if (statuses is not null && !statuses.Contains(snapshot.Status)) continue;
                if (page.Count == max)
                {
                    nextToken = PageToken.Create(_instance, lastSequence, filterKey);
                    break;
                }
                lastSequence = job.Sequence;
                page.Add(Reply(new DeploymentJob(), job, snapshot));
            }
            return new ListDeploymentJobsResponse { DeploymentJobs = page, NextToken = nextToken };
        }
    }

    private SimulatedJob? Idempotent(string key, object request)
    {
        if (!_tokens.TryGetValue(key, out var record)) return null;
        if (!record.Request.Equals(request))
        {
            throw ServiceError.IdempotentParameterMismatch("The request uses the same client token as a previous, but non-identical request. Do not reuse a client token with different requests, unless the requests are identical.");
        }
        return record.Job;
    }

    private SimulatedJob StartJob(
        FleetArn fleetArn,
        DateTimeOffset now,
        IReadOnlyList<DeploymentApplicationConfig> applicationConfigs,
        DeploymentConfig? deploymentConfig,
        IReadOnlyDictionary<string, string>? tags,
        string tokenKey,
        object request)
    {
        var fleet = _world.FindFleet(fleetArn);
        foreach (var config in applicationConfigs) _world.AutoCreateApplication(config.Application, config.ApplicationVersion);
        WorldFailure? jobFailure = null;
        if (fleet is null)
        {
            if (!_world.Deleted.Contains(fleetArn.Arn))
            {
                throw ServiceError.ResourceNotFound($"The fleet {fleetArn.Arn} does not exist.");
            }
            // A deleted fleet: the job is accepted and fails as the service reports it.
            fleet = new Fleet(fleetArn, now, null);
            jobFailure = new WorldFailure(DeploymentJobErrorCode.DeploymentFleetDoesNotExist, $"The fleet {fleetArn.Arn} does not exist (it was deleted).");
        }
        if (fleet.LatestJob is { } active && active.StatusAt(now) is var status && !SimulatedJob.IsTerminal(status))
        {
            throw ServiceError.ConcurrentDeployment($"The fleet {fleetArn.Arn} already has an active deployment job ({active.Arn}, {status}). Wait for it to finish or cancel it.");
        }
        string arn;
        do
        {
            arn = ArnFormats.NewJobArn(fleetArn);
        }
        while (_jobsByArn.ContainsKey(arn));

        var targets = fleet.Robots.Select(robot => new JobTarget(robot.Arn, WorldFailureFor(robot, applicationConfigs, deploymentConfig))).ToList();
        var job = new SimulatedJob(arn, fleet, _world.NextSequence(), now, applicationConfigs, deploymentConfig, tags, _jobDuration, _failures, targets, jobFailure);
        _jobs.Add(job);
        _jobsByArn.Add(arn, job);
        _tokens.Add(tokenKey, (request, job));
        fleet.LatestJob = job;
        foreach (var robot in fleet.Robots) robot.LastJob = job;
        return job;
    }

    /// <summary>
    /// Why the world makes a robot's deployment fail, or null: its Greengrass group id is not a group id
    /// (InvalidGreengrassGroup); the application or version does not exist (RobotApplicationDoesNotExist); the
    /// version has no source for the robot's architecture (MissingRobotApplicationArchitecture); the source's S3
    /// object was deleted (ResourceNotFound) or now has another etag (EtagMismatch); the download condition file's
    /// object was deleted or has another etag than the one given (DownloadConditionFailed).
    /// </summary>
    private WorldFailure? WorldFailureFor(Robot robot, IReadOnlyList<DeploymentApplicationConfig> configs, DeploymentConfig? deploymentConfig)
    {
        if (!Guid.TryParse(robot.GreengrassGroupId, out _))
        {
            return new(DeploymentJobErrorCode.InvalidGreengrassGroup, $"The robot's Greengrass group id '{robot.GreengrassGroupId}' does not name a Greengrass group.");
        }
        if (deploymentConfig?.DownloadConditionFile is { } condition
            && _world.S3Objects.TryGetValue((condition.Bucket, condition.Key), out var conditionEtag)
            && (conditionEtag is null || (condition.Etag is { } wanted && wanted != conditionEtag)))
        {
            return new(DeploymentJobErrorCode.DownloadConditionFailed, conditionEtag is null
                ? $"The download condition file s3://{condition.Bucket}/{condition.Key} does not exist."
                : $"The download condition file s3://{condition.Bucket}/{condition.Key} has etag {conditionEtag}, not {condition.Etag}.");
        }
        foreach (var config in configs)
        {
            if (_world.ApplicationMissing(config.Application))
            {
                return new(DeploymentJobErrorCode.RobotApplicationDoesNotExist, $"The robot application {config.Application} does not exist.");
            }
            if (!_world.Applications.TryGetValue(config.Application, out var app)) continue;
            if (!int.TryParse(config.ApplicationVersion, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || !app.Versions.TryGetValue(number, out var version))
            {
                return new(DeploymentJobErrorCode.RobotApplicationDoesNotExist, $"Version {config.ApplicationVersion} of the robot application {config.Application} does not exist.");
            }
            var source = version.Sources.FirstOrDefault(s => s.Architecture == robot.Architecture);
            if (source is null)
            {
                return new(DeploymentJobErrorCode.MissingRobotApplicationArchitecture, $"Version {version.Version} of {app.Name} has no source for the robot's architecture {robot.Architecture}.");
            }
            if (_world.S3Objects.TryGetValue((source.S3Bucket, source.S3Key), out var etag))
            {
                if (etag is null) return new(DeploymentJobErrorCode.ResourceNotFound, $"The bundle s3://{source.S3Bucket}/{source.S3Key} does not exist.");
                if (etag != source.Etag) return new(DeploymentJobErrorCode.EtagMismatch, $"The bundle s3://{source.S3Bucket}/{source.S3Key} has etag {etag}; version {version.Version} was made from etag {source.Etag}.");
            }
        }
        return null;
    }

    private SimulatedJob Find(string arn) =>
        _jobsByArn.GetValueOrDefault(arn) ?? throw ServiceError.ResourceNotFound($"The deployment job {arn} does not exist.");

    private FleetArn ParseFleet(string arn)
    {
        var fleet = ArnFormats.ParseFleet(arn)
            ?? throw ServiceError.InvalidParameter($"fleet '{arn}' is not a fleet ARN (arn:aws:robomaker:<region>:<account>:deployment-fleet/<name>/<id>).");
        if (!string.Equals(fleet.Region, _region, StringComparison.Ordinal))
        {
            throw ServiceError.InvalidParameter($"fleet '{arn}' is in Region {fleet.Region}; this endpoint serves {_region}.");
        }
        return fleet;
    }

    private static string RequireToken(string? token) =>
        string.IsNullOrEmpty(token) ? throw ServiceError.InvalidParameter("clientRequestToken is required.") : token;

    private static Dictionary<string, string>? Copy(Dictionary<string, string>? tags) =>
        tags is null ? null : new(tags, StringComparer.Ordinal);

    private static string FilterKey(Filter filter)
    {
        var text = filter.Name + "=" + string.Join(",", filter.Values.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
    }

    /// <summary>Fills the members every deployment-job reply shares from the job and its state now.</summary>
    private static T Reply<T>(T reply, SimulatedJob job, JobSnapshot snapshot)
        where T : DeploymentJobInfo =>
        (T)((DeploymentJobInfo)reply with
        {
            Arn = job.Arn,
            Fleet = job.Fleet.Arn.Arn,
            Status = snapshot.Status,
            DeploymentApplicationConfigs = job.ApplicationConfigs,
            DeploymentConfig = job.DeploymentConfig,
            FailureCode = snapshot.FailureCode,
            FailureReason = snapshot.FailureReason,
            CreatedAt = job.CreatedAt,
        });
}
