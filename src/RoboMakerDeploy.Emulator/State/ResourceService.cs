using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoboMakerDeploy.Emulator.Http;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// The fleet, robot, robot-application and tag operations on the <see cref="World"/>. Requests arrive validated
/// against the service model (required members, lengths, patterns, enums), so this reads members without
/// re-checking their shape and answers with the model's member names, timestamps in epoch seconds.
/// </summary>
internal sealed class ResourceService(World world)
{
    private const int MaxRobotsPerFleet = 1000;
    private const int MaxTags = 50;

    private readonly Lock _lock = world.Lock;

    /// <summary>Runs an operation; the reply's members that have no value are left out.</summary>
    public JsonObject Dispatch(string operation, JsonElement request) => WithoutNulls(operation switch
    {
        "CreateFleet" => CreateFleet(request),
        "DeleteFleet" => DeleteFleet(request),
        "DescribeFleet" => DescribeFleet(request),
        "ListFleets" => ListFleets(request),
        "CreateRobot" => CreateRobot(request),
        "DeleteRobot" => DeleteRobot(request),
        "DescribeRobot" => DescribeRobot(request),
        "ListRobots" => ListRobots(request),
        "RegisterRobot" => RegisterRobot(request, register: true),
        "DeregisterRobot" => RegisterRobot(request, register: false),
        "CreateRobotApplication" => CreateRobotApplication(request),
        "CreateRobotApplicationVersion" => CreateRobotApplicationVersion(request),
        "DescribeRobotApplication" => DescribeRobotApplication(request),
        "ListRobotApplications" => ListRobotApplications(request),
        "UpdateRobotApplication" => UpdateRobotApplication(request),
        "DeleteRobotApplication" => DeleteRobotApplication(request),
        "TagResource" => TagResource(request),
        "UntagResource" => UntagResource(request),
        "ListTagsForResource" => ListTagsForResource(request),
        _ => throw new InvalidOperationException($"{operation} is not a resource operation."),
    });

    // ---- Fleets ----

    private JsonObject CreateFleet(JsonElement request)
    {
        var name = Str(request, "name")!;
        lock (_lock)
        {
            var now = Now();
            var arn = $"arn:aws:robomaker:{world.Region}:{world.Account}:deployment-fleet/{name}/{world.NewResourceId()}";
            var fleet = new Fleet(ArnFormats.ParseFleet(arn)!, now, Tags(request)) { Sequence = world.NextSequence() };
            world.Fleets.Add(arn, fleet);
            return new JsonObject { ["arn"] = arn, ["name"] = name, ["createdAt"] = Epoch(now), ["tags"] = TagsJson(fleet.Tags, omitEmpty: true) };
        }
    }

    private JsonObject DeleteFleet(JsonElement request)
    {
        var arn = FleetArnOf(request, "fleet");
        lock (_lock)
        {
            var fleet = world.FindFleet(arn);
            if (fleet is null && !world.Deleted.Contains(arn.Arn)) throw ServiceError.InvalidParameter($"The fleet {arn.Arn} does not exist.");
            if (fleet is not null)
            {
                var now = world.Time.GetUtcNow();
                fleet.LatestJob?.FleetDeleted(now, arn.Arn);
                foreach (var robot in fleet.Robots) robot.Fleet = null;
                fleet.Robots.Clear();
                world.Fleets.Remove(arn.Arn);
            }
            world.Deleted.Add(arn.Arn);
            return [];
        }
    }

    private JsonObject DescribeFleet(JsonElement request)
    {
        var arn = FleetArnOf(request, "fleet");
        lock (_lock)
        {
            var fleet = world.FindFleet(arn) ?? throw ServiceError.ResourceNotFound($"The fleet {arn.Arn} does not exist.");
            var now = world.Time.GetUtcNow();
            var reply = FleetJson(fleet, now);
            reply["robots"] = new JsonArray([.. fleet.Robots.Select(r => (JsonNode)RobotJson(r, now, "greenGrassGroupId"))]);
            reply["tags"] = TagsJson(fleet.Tags, omitEmpty: false);
            return reply;
        }
    }

    private JsonObject ListFleets(JsonElement request)
    {
        var (filterName, values) = Filter(request, "name");
        lock (_lock)
        {
            var now = world.Time.GetUtcNow();
            var fleets = world.Fleets.Values.Where(f => values is null || values.Contains(f.Arn.Name)).OrderBy(static f => f.Sequence);
            var (page, next) = Page(fleets, static f => f.Sequence, request, ListLimits.ListFleets, filterName + "=" + string.Join(",", values ?? []));
            return new JsonObject { ["fleetDetails"] = new JsonArray([.. page.Select(f => (JsonNode)FleetJson(f, now))]), ["nextToken"] = next };
        }
    }

    // ---- Robots ----

    private JsonObject CreateRobot(JsonElement request)
    {
        var name = Str(request, "name")!;
        var architecture = Str(request, "architecture")!;
        var group = Str(request, "greengrassGroupId")!;
        lock (_lock)
        {
            if (world.Robots.Values.Any(r => r.Name == name))
            {
                throw ServiceError.ResourceAlreadyExists($"A robot named {name} already exists.");
            }
            var now = Now();
            var arn = $"arn:aws:robomaker:{world.Region}:{world.Account}:robot/{name}/{world.NewResourceId()}";
            var robot = new Robot(arn, name, architecture, group, now, world.NextSequence(), Tags(request));
            world.Robots.Add(arn, robot);
            return new JsonObject
            {
                ["arn"] = arn,
                ["name"] = name,
                ["createdAt"] = Epoch(now),
                ["greengrassGroupId"] = group,
                ["architecture"] = architecture,
                ["tags"] = TagsJson(robot.Tags, omitEmpty: true),
            };
        }
    }

    private JsonObject DeleteRobot(JsonElement request)
    {
        var arn = Str(request, "robot")!;
        lock (_lock)
        {
            if (!world.Robots.Remove(arn, out var robot)) throw ServiceError.InvalidParameter($"The robot {arn} does not exist.");
            robot.Fleet?.Robots.Remove(robot);
            robot.Fleet = null;
            world.Deleted.Add(arn);
            return [];
        }
    }

    private JsonObject DescribeRobot(JsonElement request)
    {
        var arn = Str(request, "robot")!;
        lock (_lock)
        {
            var robot = world.Robots.GetValueOrDefault(arn) ?? throw ServiceError.ResourceNotFound($"The robot {arn} does not exist.");
            var reply = RobotJson(robot, world.Time.GetUtcNow(), "greengrassGroupId");
            reply["tags"] = TagsJson(robot.Tags, omitEmpty: false);
            return reply;
        }
    }

    private JsonObject ListRobots(JsonElement request)
    {
        var (filterName, values) = Filter(request, "status", "fleetName");
        if (filterName == "status")
        {
            var known = Validation.ServiceModel.Instance.EnumValues("RobotStatus");
            foreach (var value in values!.Where(v => !known.Contains(v)))
            {
                throw ServiceError.InvalidParameter($"filters[0].values holds '{value}', which is not a robot status ({string.Join(" | ", known)}).");
            }
        }
        lock (_lock)
        {
            var now = world.Time.GetUtcNow();
            var robots = world.Robots.Values
                .Where(r => filterName switch
                {
                    "status" => values!.Contains(StatusOf(r, now)),
                    "fleetName" => r.Fleet is { } f && values!.Contains(f.Arn.Name),
                    _ => true,
                })
                .OrderBy(static r => r.Sequence);
            var (page, next) = Page(robots, static r => r.Sequence, request, ListLimits.ListRobots, filterName + "=" + string.Join(",", values ?? []));
            return new JsonObject { ["robots"] = new JsonArray([.. page.Select(r => (JsonNode)RobotJson(r, now, "greenGrassGroupId"))]), ["nextToken"] = next };
        }
    }

    private JsonObject RegisterRobot(JsonElement request, bool register)
    {
        var arn = FleetArnOf(request, "fleet");
        var robotArn = Str(request, "robot")!;
        lock (_lock)
        {
            var fleet = world.FindFleet(arn) ?? throw ServiceError.ResourceNotFound($"The fleet {arn.Arn} does not exist.");
            var robot = world.Robots.GetValueOrDefault(robotArn) ?? throw ServiceError.ResourceNotFound($"The robot {robotArn} does not exist.");
            if (register)
            {
                if (robot.Fleet is { } other && other != fleet)
                {
                    throw ServiceError.InvalidParameter($"The robot {robotArn} is registered with the fleet {other.Arn.Arn}; deregister it first.");
                }
                if (robot.Fleet is null)
                {
                    if (fleet.Robots.Count >= MaxRobotsPerFleet) throw ServiceError.LimitExceeded($"The fleet {arn.Arn} already has {MaxRobotsPerFleet} robots.");
                    fleet.Robots.Add(robot);
                    robot.Fleet = fleet;
                }
            }
            else
            {
                if (robot.Fleet != fleet) throw ServiceError.ResourceNotFound($"The robot {robotArn} is not registered with the fleet {arn.Arn}.");
                fleet.Robots.Remove(robot);
                robot.Fleet = null;
            }
            return new JsonObject { ["fleet"] = arn.Arn, ["robot"] = robotArn };
        }
    }

    // ---- Robot applications ----

    private JsonObject CreateRobotApplication(JsonElement request)
    {
        var name = Str(request, "name")!;
        lock (_lock)
        {
            if (world.Applications.Values.Any(a => a.Name == name))
            {
                throw ServiceError.ResourceAlreadyExists($"A robot application named {name} already exists.");
            }
            var now = Now();
            var arn = $"arn:aws:robomaker:{world.Region}:{world.Account}:robot-application/{name}/{world.NewResourceId()}";
            var app = new RobotApplication(arn, name, world.NextSequence(), Tags(request))
            {
                Latest = LatestFrom(request, now),
            };
            world.Applications.Add(arn, app);
            var reply = ApplicationJson(app, app.Latest);
            reply["tags"] = TagsJson(app.Tags, omitEmpty: true);
            return reply;
        }
    }

    private JsonObject UpdateRobotApplication(JsonElement request)
    {
        var arn = Str(request, "application")!;
        lock (_lock)
        {
            var app = world.Applications.GetValueOrDefault(arn) ?? throw ServiceError.ResourceNotFound($"The robot application {arn} does not exist.");
            CheckRevision(request, app);
            app.Latest = LatestFrom(request, Now());
            return ApplicationJson(app, app.Latest);
        }
    }

    private JsonObject CreateRobotApplicationVersion(JsonElement request)
    {
        var arn = Str(request, "application")!;
        lock (_lock)
        {
            var app = world.Applications.GetValueOrDefault(arn) ?? throw ServiceError.InvalidParameter($"The robot application {arn} does not exist.");
            CheckRevision(request, app);
            if (request.TryGetProperty("s3Etags", out var etags) && etags.ValueKind == JsonValueKind.Array)
            {
                var given = etags.EnumerateArray().Select(static e => e.GetString()).ToHashSet(StringComparer.Ordinal);
                foreach (var source in app.Latest.Sources.Where(s => !given.Contains(s.Etag)))
                {
                    throw ServiceError.InvalidParameter($"s3Etags does not hold the etag {source.Etag} of the {source.Architecture} source s3://{source.S3Bucket}/{source.S3Key}.");
                }
            }
            var number = ++app.LastVersion;
            // The version is a snapshot of $LATEST, its sources' etags those of the S3 objects now.
            var version = app.Latest with
            {
                Version = number.ToString(CultureInfo.InvariantCulture),
                Sources = [.. app.Latest.Sources.Select(s => s with { Etag = EtagOf(s.S3Bucket, s.S3Key) })],
                LastUpdatedAt = Now(),
            };
            app.Versions.Add(number, version);
            return ApplicationJson(app, version);
        }
    }

    private JsonObject DescribeRobotApplication(JsonElement request)
    {
        var arn = Str(request, "application")!;
        var versionName = Str(request, "applicationVersion");
        lock (_lock)
        {
            var app = world.Applications.GetValueOrDefault(arn) ?? throw ServiceError.ResourceNotFound($"The robot application {arn} does not exist.");
            var version = VersionOf(app, versionName) ?? throw ServiceError.ResourceNotFound($"Version {versionName} of the robot application {arn} does not exist.");
            var reply = ApplicationJson(app, version);
            reply["tags"] = TagsJson(app.Tags, omitEmpty: false);
            return reply;
        }
    }

    private JsonObject ListRobotApplications(JsonElement request)
    {
        var (filterName, values) = Filter(request, "name");
        var all = Str(request, "versionQualifier") == "ALL";
        lock (_lock)
        {
            var entries = new List<(long Sequence, RobotApplication App, ApplicationVersion Version)>();
            foreach (var app in world.Applications.Values.Where(a => values is null || values.Contains(a.Name)).OrderBy(static a => a.Sequence))
            {
                // Each entry's position: the application's sequence, then its versions in order ($LATEST first).
                entries.Add((app.Sequence * 100_000, app, app.Latest));
                if (all) entries.AddRange(app.Versions.Select(v => ((app.Sequence * 100_000) + v.Key, app, v.Value)));
            }
            var (page, next) = Page(entries, static e => e.Sequence, request, ListLimits.ListRobotApplications, filterName + "=" + string.Join(",", values ?? []) + (all ? "|ALL" : ""));
            var summaries = new JsonArray([.. page.Select(e => (JsonNode)new JsonObject
            {
                ["name"] = e.App.Name,
                ["arn"] = e.App.Arn,
                ["version"] = e.Version.Version,
                ["lastUpdatedAt"] = Epoch(e.Version.LastUpdatedAt),
                ["robotSoftwareSuite"] = SuiteJson(e.Version),
            })]);
            return new JsonObject { ["robotApplicationSummaries"] = summaries, ["nextToken"] = next };
        }
    }

    private JsonObject DeleteRobotApplication(JsonElement request)
    {
        var arn = Str(request, "application")!;
        var versionName = Str(request, "applicationVersion");
        lock (_lock)
        {
            var app = world.Applications.GetValueOrDefault(arn) ?? throw ServiceError.InvalidParameter($"The robot application {arn} does not exist.");
            if (versionName is null or "$LATEST")
            {
                world.Applications.Remove(arn);
                world.Deleted.Add(arn);
            }
            else if (!int.TryParse(versionName, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !app.Versions.Remove(number))
            {
                throw ServiceError.InvalidParameter($"Version {versionName} of the robot application {arn} does not exist.");
            }
            return [];
        }
    }

    // ---- Tags ----

    private JsonObject TagResource(JsonElement request)
    {
        var arn = Str(request, "resourceArn")!;
        lock (_lock)
        {
            var tags = TagsOf(arn);
            var added = Tags(request) ?? [];
            if (tags.Keys.Union(added.Keys).Count() > MaxTags) throw ServiceError.InvalidParameter($"A resource can have at most {MaxTags} tags.");
            foreach (var (key, value) in added) tags[key] = value;
            return [];
        }
    }

    private JsonObject UntagResource(JsonElement request)
    {
        var arn = Str(request, "resourceArn")!;
        lock (_lock)
        {
            var tags = TagsOf(arn);
            foreach (var key in request.GetProperty("tagKeys").EnumerateArray()) tags.Remove(key.GetString()!);
            return [];
        }
    }

    private JsonObject ListTagsForResource(JsonElement request)
    {
        var arn = Str(request, "resourceArn")!;
        lock (_lock) return new JsonObject { ["tags"] = TagsJson(TagsOf(arn), omitEmpty: false) };
    }

    private Dictionary<string, string> TagsOf(string arn)
    {
        if (ArnFormats.ParseFleet(arn) is { } fleetArn && fleetArn.Region == world.Region) world.FindFleet(fleetArn);
        return world.TagsOf(arn) ?? throw ServiceError.ResourceNotFound($"The resource {arn} does not exist.");
    }

    // ---- Shared ----

    private string StatusOf(Robot robot, DateTimeOffset now)
    {
        if (robot.Fleet is null) return nameof(RobotStatus.Available);
        if (robot.LastJob is { } job && job.Fleet == robot.Fleet && job.Targets.Any(t => t.RobotArn == robot.Arn))
        {
            var state = job.Evaluate(now).Robots.FirstOrDefault(r => r.Arn == robot.Arn);
            if (state?.Status is { } status) return status.ToString();
        }
        return nameof(RobotStatus.Registered);
    }

    private JsonObject RobotJson(Robot robot, DateTimeOffset now, string groupMember)
    {
        var reply = new JsonObject
        {
            ["arn"] = robot.Arn,
            ["name"] = robot.Name,
            ["fleetArn"] = robot.Fleet?.Arn.Arn,
            ["status"] = StatusOf(robot, now),
            // The model spells it greenGrassGroupId in the Robot shape (lists) and greengrassGroupId in DescribeRobot.
            [groupMember] = robot.GreengrassGroupId,
            ["createdAt"] = Epoch(robot.CreatedAt),
            ["architecture"] = robot.Architecture,
            ["lastDeploymentJob"] = robot.LastJob?.Arn,
            ["lastDeploymentTime"] = robot.LastJob is { } job ? Epoch(job.CreatedAt) : null,
        };
        return WithoutNulls(reply);
    }

    private static JsonObject FleetJson(Fleet fleet, DateTimeOffset now)
    {
        var job = fleet.LatestJob;
        return WithoutNulls(new JsonObject
        {
            ["name"] = fleet.Arn.Name,
            ["arn"] = fleet.Arn.Arn,
            ["createdAt"] = Epoch(fleet.CreatedAt),
            ["lastDeploymentStatus"] = job?.StatusAt(now).ToString(),
            ["lastDeploymentJob"] = job?.Arn,
            ["lastDeploymentTime"] = job is null ? null : Epoch(job.CreatedAt),
        });
    }

    private static JsonObject ApplicationJson(RobotApplication app, ApplicationVersion version) => WithoutNulls(new JsonObject
    {
        ["arn"] = app.Arn,
        ["name"] = app.Name,
        ["version"] = version.Version,
        ["sources"] = new JsonArray([.. version.Sources.Select(static s => (JsonNode)new JsonObject
        {
            ["s3Bucket"] = s.S3Bucket,
            ["s3Key"] = s.S3Key,
            ["etag"] = s.Etag,
            ["architecture"] = s.Architecture,
        })]),
        ["robotSoftwareSuite"] = SuiteJson(version),
        ["lastUpdatedAt"] = Epoch(version.LastUpdatedAt),
        ["revisionId"] = version.RevisionId,
        ["environment"] = version.EnvironmentUri is { } uri ? new JsonObject { ["uri"] = uri } : null,
    });

    private static JsonObject SuiteJson(ApplicationVersion version) =>
        WithoutNulls(new JsonObject { ["name"] = version.SuiteName, ["version"] = version.SuiteVersion });

    /// <summary>The new <c>$LATEST</c> of CreateRobotApplication or UpdateRobotApplication: sources (one per architecture), software suite, environment, a new revision id.</summary>
    private ApplicationVersion LatestFrom(JsonElement request, DateTimeOffset now)
    {
        var sources = new List<ApplicationSource>();
        if (request.TryGetProperty("sources", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var source in list.EnumerateArray())
            {
                var bucket = Str(source, "s3Bucket") ?? throw ServiceError.InvalidParameter($"sources[{i}].s3Bucket is required.");
                var key = Str(source, "s3Key") ?? throw ServiceError.InvalidParameter($"sources[{i}].s3Key is required.");
                var architecture = Str(source, "architecture") ?? throw ServiceError.InvalidParameter($"sources[{i}].architecture is required.");
                if (sources.Any(s => s.Architecture == architecture))
                {
                    throw ServiceError.InvalidParameter($"sources[{i}].architecture {architecture} appears more than once: give one source per architecture.");
                }
                sources.Add(new ApplicationSource(bucket, key, EtagOf(bucket, key), architecture));
                i++;
            }
        }
        var suite = request.GetProperty("robotSoftwareSuite");
        var environment = request.TryGetProperty("environment", out var env) && env.ValueKind == JsonValueKind.Object ? Str(env, "uri") : null;
        return new ApplicationVersion("$LATEST", sources, Str(suite, "name"), Str(suite, "version"), environment, Guid.NewGuid().ToString(), now);
    }

    private static void CheckRevision(JsonElement request, RobotApplication app)
    {
        if (Str(request, "currentRevisionId") is { } revision && revision != app.Latest.RevisionId)
        {
            throw ServiceError.InvalidParameter($"currentRevisionId {revision} is not the latest revision id of {app.Arn} ({app.Latest.RevisionId}).");
        }
    }

    private static ApplicationVersion? VersionOf(RobotApplication app, string? version) =>
        version is null or "$LATEST" ? app.Latest
        : int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? app.Versions.GetValueOrDefault(n)
        : null;

    /// <summary>The etag of an S3 object: the one the emulator was told (PutS3Object), else one derived from its bucket and key.</summary>
    private string EtagOf(string bucket, string key) =>
        world.S3Objects.GetValueOrDefault((bucket, key))
        ?? World.DerivedEtag(bucket, key);

    private FleetArn FleetArnOf(JsonElement request, string member)
    {
        var text = Str(request, member)!;
        var arn = ArnFormats.ParseFleet(text)
            ?? throw ServiceError.InvalidParameter($"{member} '{text}' is not a fleet ARN (arn:aws:robomaker:<region>:<account>:deployment-fleet/<name>/<id>).");
        return arn.Region == world.Region ? arn : throw ServiceError.InvalidParameter($"{member} '{text}' is in Region {arn.Region}; this endpoint serves {world.Region}.");
    }

    /// <summary>The request's filter (the model allows one, with one value): its name, which must be one of <paramref name="names"/>, and values.</summary>
    private static (string? Name, HashSet<string>? Values) Filter(JsonElement request, params string[] names)
    {
        if (!request.TryGetProperty("filters", out var filters) || filters.ValueKind != JsonValueKind.Array || filters.GetArrayLength() == 0) return (null, null);
        var filter = filters[0];
        var name = Str(filter, "name");
        if (name is null || !names.Contains(name))
        {
            throw ServiceError.InvalidParameter($"filters[0].name must be {string.Join(" or ", names)}; got '{name}'.");
        }
        var values = filter.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(static e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        return (name, values);
    }

    private (List<T> Page, string? NextToken) Page<T>(IEnumerable<T> ordered, Func<T, long> sequence, JsonElement request, int max, string filter)
    {
        var size = ListLimits.PageSize(request.TryGetProperty("maxResults", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : null, max);
        var filterKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(filter)).AsSpan(0, 8));
        var after = long.MinValue;
        if (Str(request, "nextToken") is { } token && !PageToken.TryRead(token, world.Instance, filterKey, out after))
        {
            throw ServiceError.InvalidParameter("nextToken is not valid: it must come from a previous reply of the same operation with the same filters.");
        }
        var page = new List<T>();
        foreach (var item in ordered)
        {
            if (sequence(item) <= after) continue;
            if (page.Count == size) return (page, PageToken.Create(world.Instance, sequence(page[^1]), filterKey));
            page.Add(item);
        }
        return (page, null);
    }

    private DateTimeOffset Now() => SimulatedJob.ToMilliseconds(world.Time.GetUtcNow());

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string>? Tags(JsonElement request) =>
        request.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Object
            ? tags.EnumerateObject().ToDictionary(static p => p.Name, static p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : null;

    private static JsonObject? TagsJson(Dictionary<string, string> tags, bool omitEmpty)
    {
        if (omitEmpty && tags.Count == 0) return null;
        var json = new JsonObject();
        foreach (var (key, value) in tags.OrderBy(static t => t.Key, StringComparer.Ordinal)) json[key] = value;
        return json;
    }

    /// <summary>Epoch seconds with millisecond precision, as the service writes timestamps.</summary>
    private static JsonNode Epoch(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000m);

    private static JsonObject WithoutNulls(JsonObject json)
    {
        foreach (var key in json.Where(static p => p.Value is null).Select(static p => p.Key).ToList()) json.Remove(key);
        return json;
    }
}
