using RoboMakerDeploy.Models;

using RoboMakerDeploy.Tests.Contract;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>
/// Every row of the constraint table that the 24 requests (deployment jobs, fleets, robots, robot applications, tags) reach has a request breaking it, and
/// the validator names that row's wire path. A row reachable without a case fails <see cref="Every_reachable_row_has_a_case"/>.
/// </summary>
public sealed class ConstraintRowTests
{
    private const string App = "deploymentApplicationConfigs[0]";
    private const string Launch = App + ".launchConfig";

    // Rows the model gives nothing to break (optional structures without bounds); each is checked to be unconstrained.
    // Unbounded optional lists are broken only through their entries (the ".member" rows).
    private static readonly string[] Unconstrained =
    [
        "CreateDeploymentJobRequest.deploymentConfig", "DeploymentConfig.downloadConditionFile",
        "CreateRobotApplicationRequest.environment", "UpdateRobotApplicationRequest.environment",
        "CreateRobotApplicationRequest.sources", "UpdateRobotApplicationRequest.sources",
        "CreateRobotApplicationVersionRequest.s3Etags",
    ];

    private const string Arn = "arn:aws:robomaker:us-west-2:123456789012:robot/r/1";

    private static readonly RobotSoftwareSuite Suite = new() { Name = RobotSoftwareSuiteType.General };

    private static readonly SourceConfig ValidSource = new() { S3Bucket = "my-bucket", S3Key = "app.tar.gz", Architecture = Architecture.X86_64 };

    private static CreateRobotApplicationRequest NewApp(SourceConfig source) => new() { Name = "app", RobotSoftwareSuite = Suite, Sources = [source] };

    private static CreateRobotRequest NewRobot => new() { Name = "r1", Architecture = Architecture.X86_64, GreengrassGroupId = "g-1" };

    private static CreateDeploymentJobRequest Launching(Func<DeploymentLaunchConfig, DeploymentLaunchConfig> change) =>
        CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [CannedReplies.MinimalApp with { LaunchConfig = change(CannedReplies.MinimalLaunch) }] };

    private static CreateDeploymentJobRequest App_(Func<DeploymentApplicationConfig, DeploymentApplicationConfig> change) =>
        CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [change(CannedReplies.MinimalApp)] };

    private static CreateDeploymentJobRequest Config(DeploymentConfig config) => CannedReplies.MinimalCreate with { DeploymentConfig = config };

    private static CreateDeploymentJobRequest File(S3Object file) => Config(new DeploymentConfig { DownloadConditionFile = file });

    private static readonly S3Object ValidFile = new() { Bucket = "my-bucket", Key = "conditions/check.sh" };

    private static ListDeploymentJobsRequest Filtered(Filter filter) => new() { Filters = [filter] };

    private static Dictionary<string, string> Map(int count) => Enumerable.Range(0, count).ToDictionary(i => "K" + i, _ => "v");

    /// <summary>Row ("Shape.member"; list entries "List.member", map keys and values "Map.key"/"Map.value"), wire path, request.</summary>
    private static readonly (string Row, string Path, object Request)[] Cases =
    [
        ("CreateDeploymentJobRequest.clientRequestToken", "clientRequestToken", CannedReplies.MinimalCreate with { ClientRequestToken = "has space" }),
        ("CreateDeploymentJobRequest.clientRequestToken", "clientRequestToken", CannedReplies.MinimalCreate with { ClientRequestToken = new string('a', 65) }),
        ("CreateDeploymentJobRequest.fleet", "fleet", CannedReplies.MinimalCreate with { Fleet = "" }),
        ("CreateDeploymentJobRequest.fleet", "fleet", CannedReplies.MinimalCreate with { Fleet = "fleet/x" }),
        ("CreateDeploymentJobRequest.deploymentApplicationConfigs", "deploymentApplicationConfigs", CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [] }),
        ("CreateDeploymentJobRequest.deploymentApplicationConfigs", "deploymentApplicationConfigs", CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [CannedReplies.MinimalApp, CannedReplies.MinimalApp] }),
        ("DeploymentApplicationConfigs.member", "deploymentApplicationConfigs[0]", CannedReplies.MinimalCreate with { DeploymentApplicationConfigs = [null!] }),
        ("CreateDeploymentJobRequest.tags", "tags", CannedReplies.MinimalCreate with { Tags = Map(51) }),
        ("TagMap.key", "tags", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["bad*key"] = "v" } }),
        ("TagMap.key", "tags", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { [new string('k', 129)] = "v" } }),
        ("TagMap.value", "tags['k']", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["k"] = "bad*value" } }),
        ("TagMap.value", "tags['k']", CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["k"] = new string('v', 257) } }),
        ("DeploymentApplicationConfig.application", App + ".application", App_(a => a with { Application = "" })),
        ("DeploymentApplicationConfig.application", App + ".application", App_(a => a with { Application = "robot-application/x" })),
        ("DeploymentApplicationConfig.applicationVersion", App + ".applicationVersion", App_(a => a with { ApplicationVersion = "$LATEST" })),
        ("DeploymentApplicationConfig.applicationVersion", App + ".applicationVersion", App_(a => a with { ApplicationVersion = new string('1', 256) })),
        ("DeploymentApplicationConfig.launchConfig", Launch, App_(a => a with { LaunchConfig = null })),
        ("DeploymentLaunchConfig.packageName", Launch + ".packageName", Launching(l => l with { PackageName = "bad name" })),
        ("DeploymentLaunchConfig.packageName", Launch + ".packageName", Launching(l => l with { PackageName = "" })),
        ("DeploymentLaunchConfig.preLaunchFile", Launch + ".preLaunchFile", Launching(l => l with { PreLaunchFile = "" })),
        ("DeploymentLaunchConfig.preLaunchFile", Launch + ".preLaunchFile", Launching(l => l with { PreLaunchFile = "pre\r\nlaunch.sh" })),
        ("DeploymentLaunchConfig.launchFile", Launch + ".launchFile", Launching(l => l with { LaunchFile = "dir/file.launch" })),
        ("DeploymentLaunchConfig.postLaunchFile", Launch + ".postLaunchFile", Launching(l => l with { PostLaunchFile = new string('p', 1025) })),
        ("DeploymentLaunchConfig.postLaunchFile", Launch + ".postLaunchFile", Launching(l => l with { PostLaunchFile = "post\u2028launch.sh" })),
        ("DeploymentLaunchConfig.environmentVariables", Launch + ".environmentVariables", Launching(l => l with { EnvironmentVariables = Map(21) })),
        ("EnvironmentVariableMap.key", Launch + ".environmentVariables", Launching(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["lower"] = "v" } })),
        ("EnvironmentVariableMap.value", Launch + ".environmentVariables['A']", Launching(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A"] = "" } })),
        ("EnvironmentVariableMap.value", Launch + ".environmentVariables['A']", Launching(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["A"] = "x\ny" } })),
        ("DeploymentConfig.concurrentDeploymentPercentage", "deploymentConfig.concurrentDeploymentPercentage", Config(new DeploymentConfig { ConcurrentDeploymentPercentage = 0 })),
        ("DeploymentConfig.failureThresholdPercentage", "deploymentConfig.failureThresholdPercentage", Config(new DeploymentConfig { FailureThresholdPercentage = 101 })),
        ("DeploymentConfig.robotDeploymentTimeoutInSeconds", "deploymentConfig.robotDeploymentTimeoutInSeconds", Config(new DeploymentConfig { RobotDeploymentTimeoutInSeconds = 59 })),
        ("S3Object.bucket", "deploymentConfig.downloadConditionFile.bucket", File(ValidFile with { Bucket = "" })),
        ("S3Object.bucket", "deploymentConfig.downloadConditionFile.bucket", File(ValidFile with { Bucket = "My-Bucket" })),
        ("S3Object.key", "deploymentConfig.downloadConditionFile.key", File(ValidFile with { Key = "" })),
        ("S3Object.key", "deploymentConfig.downloadConditionFile.key", File(ValidFile with { Key = "a\u0085b" })),
        ("S3Object.etag", "deploymentConfig.downloadConditionFile.etag", File(ValidFile with { Etag = "\uD800abc" })),
        ("DescribeDeploymentJobRequest.job", "job", new DescribeDeploymentJobRequest { Job = "" }),
        ("DescribeDeploymentJobRequest.job", "job", new DescribeDeploymentJobRequest { Job = "arn:" + new string('x', 1221) }),
        ("CancelDeploymentJobRequest.job", "job", new CancelDeploymentJobRequest { Job = "deployment-job/x" }),
        ("SyncDeploymentJobRequest.clientRequestToken", "clientRequestToken", new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn, ClientRequestToken = "a/b" }),
        ("SyncDeploymentJobRequest.fleet", "fleet", new SyncDeploymentJobRequest { Fleet = "" }),
        ("ListDeploymentJobsRequest.filters", "filters", new ListDeploymentJobsRequest { Filters = [] }),
        ("ListDeploymentJobsRequest.filters", "filters", new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("a"), Filter.ByFleetName("b")] }),
        ("Filters.member", "filters[0]", new ListDeploymentJobsRequest { Filters = [null!] }),
        ("Filter.name", "filters[0].name", Filtered(new Filter { Name = "", Values = ["a"] })),
        ("Filter.name", "filters[0].name", Filtered(new Filter { Name = "fleet name", Values = ["a"] })),
        ("Filter.values", "filters[0].values", Filtered(new Filter { Name = "fleetName", Values = [] })),
        ("FilterValues.member", "filters[0].values[0]", Filtered(Filter.ByFleetName("a b"))),
        ("FilterValues.member", "filters[0].values[0]", Filtered(Filter.ByFleetName(new string('f', 256)))),
        ("ListDeploymentJobsRequest.nextToken", "nextToken", new ListDeploymentJobsRequest { NextToken = "" }),
        ("ListDeploymentJobsRequest.nextToken", "nextToken", new ListDeploymentJobsRequest { NextToken = "a*b" }),
        ("ListDeploymentJobsRequest.maxResults", "maxResults", new ListDeploymentJobsRequest { MaxResults = 0 }),
        ("CreateFleetRequest.name", "name", new CreateFleetRequest { Name = "" }),
        ("CreateFleetRequest.name", "name", new CreateFleetRequest { Name = "my fleet" }),
        ("CreateFleetRequest.tags", "tags", new CreateFleetRequest { Name = "f", Tags = Map(51) }),
        ("DeleteFleetRequest.fleet", "fleet", new DeleteFleetRequest { Fleet = "fleet/x" }),
        ("DescribeFleetRequest.fleet", "fleet", new DescribeFleetRequest { Fleet = "" }),
        ("DescribeFleetRequest.fleet", "fleet", new DescribeFleetRequest { Fleet = "arn:aws fleet" }),
        ("ListFleetsRequest.nextToken", "nextToken", new ListFleetsRequest { NextToken = "a*b" }),
        ("ListFleetsRequest.maxResults", "maxResults", new ListFleetsRequest { MaxResults = 201 }),
        ("ListFleetsRequest.filters", "filters", new ListFleetsRequest { Filters = [] }),
        ("ListFleetsRequest.filters", "filters[0].name", new ListFleetsRequest { Filters = [Filter.ByFleetName("a")] }),
        ("ListFleetsRequest.filters", "filters[0].values", new ListFleetsRequest { Filters = [new Filter { Name = "name", Values = ["a", "b", "c", "d"] }] }),
        ("CreateRobotRequest.name", "name", NewRobot with { Name = new string('r', 256) }),
        ("CreateRobotRequest.architecture", "architecture", NewRobot with { RawArchitecture = null }),
        ("CreateRobotRequest.architecture", "architecture", NewRobot with { RawArchitecture = "SPARC" }),
        ("CreateRobotRequest.greengrassGroupId", "greengrassGroupId", NewRobot with { GreengrassGroupId = "" }),
        ("CreateRobotRequest.greengrassGroupId", "greengrassGroupId", NewRobot with { GreengrassGroupId = "g\n1" }),
        ("CreateRobotRequest.tags", "tags['k']", NewRobot with { Tags = new Dictionary<string, string> { ["k"] = null! } }),
        ("DeleteRobotRequest.robot", "robot", new DeleteRobotRequest { Robot = "" }),
        ("DescribeRobotRequest.robot", "robot", new DescribeRobotRequest { Robot = "robot/x" }),
        ("ListRobotsRequest.nextToken", "nextToken", new ListRobotsRequest { NextToken = "" }),
        ("ListRobotsRequest.maxResults", "maxResults", new ListRobotsRequest { MaxResults = 0 }),
        ("ListRobotsRequest.filters", "filters", new ListRobotsRequest { Filters = [Filter.ByFleetName("a"), Filter.ByFleetName("b")] }),
        ("ListRobotsRequest.filters", "filters[0].name", new ListRobotsRequest { Filters = [new Filter { Name = "name", Values = ["a"] }] }),
        ("RegisterRobotRequest.fleet", "fleet", new RegisterRobotRequest { Fleet = "", Robot = Arn }),
        ("RegisterRobotRequest.robot", "robot", new RegisterRobotRequest { Fleet = CannedReplies.FleetArn, Robot = "r" }),
        ("DeregisterRobotRequest.fleet", "fleet", new DeregisterRobotRequest { Fleet = "f", Robot = Arn }),
        ("DeregisterRobotRequest.robot", "robot", new DeregisterRobotRequest { Fleet = CannedReplies.FleetArn, Robot = "" }),
        ("CreateRobotApplicationRequest.name", "name", NewApp(ValidSource) with { Name = "" }),
        ("CreateRobotApplicationRequest.robotSoftwareSuite", "robotSoftwareSuite", NewApp(ValidSource) with { RobotSoftwareSuite = null }),
        ("CreateRobotApplicationRequest.tags", "tags", NewApp(ValidSource) with { Tags = new Dictionary<string, string> { ["a*"] = "v" } }),
        ("SourceConfigs.member", "sources[1]", new CreateRobotApplicationRequest { Name = "app", RobotSoftwareSuite = Suite, Sources = [ValidSource, null!] }),
        ("SourceConfig.s3Bucket", "sources[0].s3Bucket", NewApp(ValidSource with { S3Bucket = "ab" })),
        ("SourceConfig.s3Bucket", "sources[0].s3Bucket", NewApp(ValidSource with { S3Bucket = "-bucket" })),
        ("SourceConfig.s3Key", "sources[0].s3Key", NewApp(ValidSource with { S3Key = "" })),
        ("SourceConfig.s3Key", "sources[0].s3Key", NewApp(ValidSource with { S3Key = "a\nb" })),
        ("SourceConfig.architecture", "sources[0].architecture", NewApp(ValidSource with { RawArchitecture = "x86_64" })),
        ("RobotSoftwareSuite.name", "robotSoftwareSuite.name", NewApp(ValidSource) with { RobotSoftwareSuite = new RobotSoftwareSuite { RawName = "ROS3" } }),
        ("RobotSoftwareSuite.version", "robotSoftwareSuite.version", NewApp(ValidSource) with { RobotSoftwareSuite = Suite with { RawVersion = "Humble" } }),
        ("Environment.uri", "environment.uri", NewApp(ValidSource) with { Environment = new RoboMakerDeploy.Models.Environment { Uri = "" } }),
        ("Environment.uri", "environment.uri", NewApp(ValidSource) with { Environment = new RoboMakerDeploy.Models.Environment { Uri = "a\rb" } }),
        ("CreateRobotApplicationVersionRequest.application", "application", new CreateRobotApplicationVersionRequest { Application = "" }),
        ("CreateRobotApplicationVersionRequest.currentRevisionId", "currentRevisionId", new CreateRobotApplicationVersionRequest { Application = CannedReplies.AppArn, CurrentRevisionId = "rev 1" }),
        ("CreateRobotApplicationVersionRequest.currentRevisionId", "currentRevisionId", new CreateRobotApplicationVersionRequest { Application = CannedReplies.AppArn, CurrentRevisionId = new string('r', 41) }),
        ("S3Etags.member", "s3Etags[0]", new CreateRobotApplicationVersionRequest { Application = CannedReplies.AppArn, S3Etags = ["\uDC00"] }),
        ("S3Etags.member", "s3Etags[1]", new CreateRobotApplicationVersionRequest { Application = CannedReplies.AppArn, S3Etags = ["e", null!] }),
        ("CreateRobotApplicationVersionRequest.imageDigest", "imageDigest", new CreateRobotApplicationVersionRequest { Application = CannedReplies.AppArn, ImageDigest = "sha256:abc" }),
        ("DescribeRobotApplicationRequest.application", "application", new DescribeRobotApplicationRequest { Application = "app" }),
        ("DescribeRobotApplicationRequest.applicationVersion", "applicationVersion", new DescribeRobotApplicationRequest { Application = CannedReplies.AppArn, ApplicationVersion = "v1" }),
        ("UpdateRobotApplicationRequest.application", "application", new UpdateRobotApplicationRequest { Application = "", RobotSoftwareSuite = Suite }),
        ("UpdateRobotApplicationRequest.robotSoftwareSuite", "robotSoftwareSuite", new UpdateRobotApplicationRequest { Application = CannedReplies.AppArn }),
        ("UpdateRobotApplicationRequest.currentRevisionId", "currentRevisionId", new UpdateRobotApplicationRequest { Application = CannedReplies.AppArn, RobotSoftwareSuite = Suite, CurrentRevisionId = "" }),
        ("DeleteRobotApplicationRequest.application", "application", new DeleteRobotApplicationRequest { Application = "robot-application/x" }),
        ("DeleteRobotApplicationRequest.applicationVersion", "applicationVersion", new DeleteRobotApplicationRequest { Application = CannedReplies.AppArn, ApplicationVersion = "" }),
        ("ListRobotApplicationsRequest.versionQualifier", "versionQualifier", new ListRobotApplicationsRequest { VersionQualifier = "all" }),
        ("ListRobotApplicationsRequest.nextToken", "nextToken", new ListRobotApplicationsRequest { NextToken = new string('t', 2049) }),
        ("ListRobotApplicationsRequest.maxResults", "maxResults", new ListRobotApplicationsRequest { MaxResults = 101 }),
        ("ListRobotApplicationsRequest.filters", "filters[0].name", new ListRobotApplicationsRequest { Filters = [new Filter { Name = "status", Values = ["a"] }] }),
        ("TagResourceRequest.resourceArn", "resourceArn", new TagResourceRequest { ResourceArn = "", Tags = new Dictionary<string, string> { ["k"] = "v" } }),
        ("TagResourceRequest.tags", "tags", new TagResourceRequest { ResourceArn = Arn, Tags = Map(51) }),
        ("UntagResourceRequest.resourceArn", "resourceArn", new UntagResourceRequest { ResourceArn = "robot", TagKeys = ["k"] }),
        ("UntagResourceRequest.tagKeys", "tagKeys", new UntagResourceRequest { ResourceArn = Arn, TagKeys = [] }),
        ("TagKeyList.member", "tagKeys[0]", new UntagResourceRequest { ResourceArn = Arn, TagKeys = ["bad*key"] }),
        ("TagKeyList.member", "tagKeys[0]", new UntagResourceRequest { ResourceArn = Arn, TagKeys = [new string('k', 129)] }),
        ("ListTagsForResourceRequest.resourceArn", "resourceArn", new ListTagsForResourceRequest { ResourceArn = "" }),
    ];

    private static readonly string[] RequestShapes =
    [
        "CreateDeploymentJobRequest", "DescribeDeploymentJobRequest", "CancelDeploymentJobRequest",
        "SyncDeploymentJobRequest", "ListDeploymentJobsRequest",
        "CreateFleetRequest", "DeleteFleetRequest", "DescribeFleetRequest", "ListFleetsRequest",
        "CreateRobotRequest", "DeleteRobotRequest", "DescribeRobotRequest", "ListRobotsRequest",
        "RegisterRobotRequest", "DeregisterRobotRequest",
        "CreateRobotApplicationRequest", "CreateRobotApplicationVersionRequest", "DescribeRobotApplicationRequest",
        "UpdateRobotApplicationRequest", "DeleteRobotApplicationRequest", "ListRobotApplicationsRequest",
        "TagResourceRequest", "UntagResourceRequest", "ListTagsForResourceRequest",
    ];

    public static TheoryData<string, string, int> Rows()
    {
        var data = new TheoryData<string, string, int>();
        for (var i = 0; i < Cases.Length; i++) data.Add(Cases[i].Row, Cases[i].Path, i);
        return data;
    }

    private static SortedSet<string> ReachableRows()
    {
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var table = ServiceModelConstraints.All.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var pending = new Stack<ShapeConstraint>(RequestShapes.Select(name => table[name]));
        var visited = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var shape))
        {
            if (!visited.Add(shape.Name)) continue;
            foreach (var member in shape.Members)
            {
                rows.Add($"{shape.Name}.{member.Name}");
                pending.Push(member.Shape);
            }
            if (shape.Member is { } entry)
            {
                rows.Add($"{shape.Name}.member");
                pending.Push(entry);
            }
            if (shape.Key is { } key && shape.Value is { } value)
            {
                rows.Add($"{shape.Name}.key");
                rows.Add($"{shape.Name}.value");
                pending.Push(key);
                pending.Push(value);
            }
        }
        return rows;
    }

    [Fact]
    public void Every_reachable_row_has_a_case()
    {
        var covered = Cases.Select(c => c.Row).Concat(Unconstrained).ToHashSet(StringComparer.Ordinal);
        var reachable = ReachableRows();

        var missing = reachable.Where(row => !covered.Contains(row)).ToArray();
        var stale = covered.Where(row => !reachable.Contains(row)).ToArray();
        Assert.True(missing.Length == 0, "Rows without a case: " + string.Join(", ", missing));
        Assert.True(stale.Length == 0, "Cases for rows no request reaches: " + string.Join(", ", stale));
        Assert.True(reachable.Count >= 35, $"only {reachable.Count} rows reached");
    }

    [Fact]
    public void The_rows_without_a_case_have_no_constraint_in_the_model()
    {
        var table = ServiceModelConstraints.All.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var row in Unconstrained)
        {
            var (structure, member) = (row[..row.IndexOf('.', StringComparison.Ordinal)], row[(row.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            var constraint = table[structure][member];
            Assert.False(constraint.Required, row);
            Assert.True(constraint.Shape.Kind is ShapeKind.Structure || (constraint.Shape.Kind is ShapeKind.List && constraint.Shape.Min is null && constraint.Shape.Max is null), row);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_request_breaking_the_row_is_refused_naming_its_wire_path(string row, string path, int index)
    {
        _ = row;
        var ex = Assert.Throws<ArgumentException>(() => Validate(Cases[index].Request));
        Assert.Equal(path, ex.ParamName);
        Assert.StartsWith(path + " ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_requests_of_the_cases_are_valid()
    {
        Validate(CannedReplies.MinimalCreate);
        Validate(CannedReplies.FullCreate);
        Validate(File(ValidFile with { Etag = "\"0123abcd\"" }));
        Validate(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("a_b-1")], NextToken = "abc+/=._-", MaxResults = 5 });
        Validate(new SyncDeploymentJobRequest { Fleet = CannedReplies.FleetArn });
        Validate(new CreateFleetRequest { Name = "fleet_1", Tags = new Dictionary<string, string> { ["team"] = "ops" } });
        Validate(new ListFleetsRequest { Filters = [new Filter { Name = "name", Values = ["a", "b", "c"] }], MaxResults = 200 });
        Validate(new ListRobotsRequest { Filters = [Filter.ByFleetName("a", "b", "c")], MaxResults = 1 });
        Validate(new ListRobotApplicationsRequest { VersionQualifier = "ALL", MaxResults = 100 });
        Validate(NewRobot with { Architecture = Architecture.ARMHF });
        Validate(NewApp(ValidSource) with { Environment = new RoboMakerDeploy.Models.Environment { Uri = "123.dkr.ecr/app:1" }, Tags = new Dictionary<string, string> { ["k"] = "v" } });
        Validate(new CreateRobotApplicationVersionRequest { Application = CannedReplies.AppArn, CurrentRevisionId = "rev-1", S3Etags = ["e1"], ImageDigest = "sha256:" + new string('a', 64) });
        Validate(new DescribeRobotApplicationRequest { Application = CannedReplies.AppArn, ApplicationVersion = "$LATEST" });
        Validate(new UpdateRobotApplicationRequest { Application = CannedReplies.AppArn, RobotSoftwareSuite = Suite, Sources = [ValidSource] });
        Validate(new UntagResourceRequest { ResourceArn = Arn, TagKeys = ["k"] });
    }

    [Fact]
    public void Messages_say_the_rule_broken()
    {
        var tooLong = Assert.Throws<ArgumentException>(() => Validate(new ListDeploymentJobsRequest { NextToken = new string('a', 100 * 1024) }));
        Assert.StartsWith("nextToken must be 1 to 2048 characters long; it has 102400.", tooLong.Message, StringComparison.Ordinal);

        var pattern = Assert.Throws<ArgumentException>(() => Validate(new ListDeploymentJobsRequest { NextToken = "a\u0001b" }));
        Assert.StartsWith("nextToken must match the pattern [a-zA-Z0-9_.\\-\\/+=]* (the whole value; '.' matches no line break); got 'a\\u0001b'.", pattern.Message, StringComparison.Ordinal);

        var key = Assert.Throws<ArgumentException>(() => Validate(CannedReplies.MinimalCreate with { Tags = new Dictionary<string, string> { ["bad*key"] = "v" } }));
        Assert.StartsWith("tags has the key 'bad*key', which breaks the key rule: it must match the pattern [a-zA-Z0-9 _.\\-\\/+=:]*", key.Message, StringComparison.Ordinal);
        Assert.Single(key.Message.Split("(Parameter", StringSplitOptions.None).Skip(1));

        var surrogate = Assert.Throws<ArgumentException>(() => Validate(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("ok", "a\uDC00")] }));
        Assert.StartsWith("filters[0].values[1] holds an unpaired UTF-16 surrogate (U+DC00) at index 1", surrogate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_variable_value_is_never_quoted_in_the_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => Validate(
            Launching(l => l with { EnvironmentVariables = new Dictionary<string, string> { ["TOKEN"] = "s3cr3t-value\n" } })));

        Assert.Equal(Launch + ".environmentVariables['TOKEN']", ex.ParamName);
        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
    }

    private static void Validate(object request)
    {
        switch (request)
        {
            case CreateDeploymentJobRequest create: Operations.CreateDeploymentJob.Validate(create); break;
            case DescribeDeploymentJobRequest describe: Operations.DescribeDeploymentJob.Validate(describe); break;
            case CancelDeploymentJobRequest cancel: Operations.CancelDeploymentJob.Validate(cancel); break;
            case SyncDeploymentJobRequest sync: Operations.SyncDeploymentJob.Validate(sync); break;
            case ListDeploymentJobsRequest list: Operations.ListDeploymentJobs.Validate(list); break;
            case CreateFleetRequest r: Operations.CreateFleet.Validate(r); break;
            case DeleteFleetRequest r: Operations.DeleteFleet.Validate(r); break;
            case DescribeFleetRequest r: Operations.DescribeFleet.Validate(r); break;
            case ListFleetsRequest r: Operations.ListFleets.Validate(r); break;
            case CreateRobotRequest r: Operations.CreateRobot.Validate(r); break;
            case DeleteRobotRequest r: Operations.DeleteRobot.Validate(r); break;
            case DescribeRobotRequest r: Operations.DescribeRobot.Validate(r); break;
            case ListRobotsRequest r: Operations.ListRobots.Validate(r); break;
            case RegisterRobotRequest r: Operations.RegisterRobot.Validate(r); break;
            case DeregisterRobotRequest r: Operations.DeregisterRobot.Validate(r); break;
            case CreateRobotApplicationRequest r: Operations.CreateRobotApplication.Validate(r); break;
            case CreateRobotApplicationVersionRequest r: Operations.CreateRobotApplicationVersion.Validate(r); break;
            case DescribeRobotApplicationRequest r: Operations.DescribeRobotApplication.Validate(r); break;
            case UpdateRobotApplicationRequest r: Operations.UpdateRobotApplication.Validate(r); break;
            case DeleteRobotApplicationRequest r: Operations.DeleteRobotApplication.Validate(r); break;
            case ListRobotApplicationsRequest r: Operations.ListRobotApplications.Validate(r); break;
            case TagResourceRequest r: Operations.TagResource.Validate(r); break;
            case UntagResourceRequest r: Operations.UntagResource.Validate(r); break;
            case ListTagsForResourceRequest r: Operations.ListTagsForResource.Validate(r); break;
            default: throw new ArgumentOutOfRangeException(nameof(request));
        }
    }
}
