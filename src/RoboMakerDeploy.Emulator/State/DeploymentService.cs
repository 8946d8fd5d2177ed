using System.Security.Cryptography;
using System.Text;
using RoboMakerDeploy.Emulator.Http;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// The emulated service: fleets, jobs and idempotency records behind one lock, so concurrent clients see a
/// consistent service. Every operation reads the clock once and evaluates jobs lazily at that instant.
/// </summary>
internal sealed class DeploymentService
{
    private const int DefaultMaxResults = 200;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Fleet> _fleets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimulatedJob> _jobsByArn = new(StringComparer.Ordinal);
    private readonly List<SimulatedJob> _jobs = [];
    private readonly Dictionary<string, (object Request, SimulatedJob Job)> _tokens = new(StringComparer.Ordinal);
    private readonly List<ScriptedRobotFailure> _failures;
    private readonly string _instance = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
    private readonly string _region;
    private readonly int _robotsPerFleet;
    private readonly TimeSpan _jobDuration;
    private readonly TimeProvider _time;
    private long _sequence;

    public DeploymentService(RoboMakerEmulatorOptions options)
    {
        _region = options.Region;
        _robotsPerFleet = options.RobotsPerFleet;
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
        Check(() => RequestValidator.Validate(request));
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
            return Reply(new CreateDeploymentJobResponse { Tags = job.Tags }, job, snapshot);
        }
    }

    public SyncDeploymentJobResponse Sync(SyncDeploymentJobRequest request)
    {
        Check(() => RequestValidator.Validate(request));
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
        Check(() => RequestValidator.Validate(request));
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var job = Find(request.Job);
            var snapshot = job.Evaluate(now);
            return Reply(new DescribeDeploymentJobResponse { RobotDeploymentSummary = snapshot.Robots, Tags = job.Tags }, job, snapshot);
        }
    }

    /// <summary>
    /// Cancels a job that is not over. Cancelling a job that already ended (Succeeded, Failed or Canceled) is
    /// accepted and changes nothing, so a retried cancel whose first reply was lost still succeeds.
    /// </summary>
    public CancelDeploymentJobResponse Cancel(CancelDeploymentJobRequest request)
    {
        Check(() => RequestValidator.Validate(request));
        lock (_lock)
        {
            Find(request.Job).Cancel(_time.GetUtcNow());
        }
        return new CancelDeploymentJobResponse();
    }

    public ListDeploymentJobsResponse List(ListDeploymentJobsRequest request)
    {
        Check(() => RequestValidator.Validate(request));
        var filter = request.Filters is { Count: > 0 } filters ? filters[0] : null;
        HashSet<DeploymentStatus>? statuses = null;
        HashSet<string>? fleetNames = null;
        if (filter?.Name == "status")
        {
            statuses = [];
            foreach (var value in filter.Values)
            {
                var status = WireEnum<DeploymentStatus>.Parse(value);
                if (status is null or DeploymentStatus.Unknown)
                {
                    throw ServiceError.InvalidParameter($"filters[0].values holds '{value}', which is not a deployment status ({string.Join(" | ", WireEnum<DeploymentStatus>.WireStrings)}).");
                }
                statuses.Add(status.Value);
            }
        }
        else if (filter?.Name == "fleetName")
        {
            fleetNames = new HashSet<string>(filter.Values, StringComparer.Ordinal);
        }
        var filterKey = filter is null ? "-" : FilterKey(filter);
        var max = request.MaxResults ?? DefaultMaxResults;

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
        if (!_fleets.TryGetValue(fleetArn.Arn, out var fleet))
        {
            fleet = new Fleet(fleetArn, _robotsPerFleet);
            _fleets.Add(fleetArn.Arn, fleet);
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

        var job = new SimulatedJob(arn, fleet, ++_sequence, now, applicationConfigs, deploymentConfig, tags, _jobDuration, _failures);
        _jobs.Add(job);
        _jobsByArn.Add(arn, job);
        _tokens.Add(tokenKey, (request, job));
        fleet.LatestJob = job;
        return job;
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

    private static void Check(Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            // The SDK's messages start with the field's wire name; drop .NET's " (Parameter '...')" suffix.
            var message = ex.ParamName is { } name && ex.Message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal)
                ? ex.Message[..^$" (Parameter '{name}')".Length]
                : ex.Message;
            throw ServiceError.InvalidParameter(message);
        }
    }

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
