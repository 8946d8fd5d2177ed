using RoboMakerDeploy.Models;
using static RoboMakerDeploy.ConstraintViolation;
using Model = RoboMakerDeploy.ServiceModelConstraints;

namespace RoboMakerDeploy;

/// <summary>
/// Checks requests against the service model's constraints (<see cref="ServiceModelConstraints"/>, generated from
/// service-2.json) before anything is sent, so a mistake fails fast with an <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the wire path of the value at fault. Each walker visits the members by
/// wire name; the table supplies every rule (required, length in UTF-16 code units, range, pattern with Java's
/// meaning, enum). On top of the model, strings must be well-formed UTF-16, lists hold no null entry and maps no null
/// value, and the documented rules the model lacks are enforced (see <see cref="DocumentedRules"/>).
/// </summary>
/// <remarks>
/// To cover a new request: add <c>public static void Validate(XRequest request)</c> that
/// starts a <see cref="StructureCheck"/> on <c>ServiceModelConstraints.XRequest</c> and calls one
/// method per member (<c>String("name", request.Name)</c>, <c>StringMap("tags", request.Tags)</c>, ...); nested
/// structures get a static walker like <see cref="LaunchConfig"/>.
/// </remarks>
internal static class RequestValidator
{
    public static void Validate(CreateDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.CreateDeploymentJobRequest);
        check.String("clientRequestToken", request.ClientRequestToken);
        Arn(check, "fleet", request.Fleet);
        check.List("deploymentApplicationConfigs", request.DeploymentApplicationConfigs, ApplicationConfig);
        check.Structure("deploymentConfig", request.DeploymentConfig, DeploymentConfig);
        check.StringMap("tags", request.Tags);
    }

    public static void Validate(DescribeDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.DescribeDeploymentJobRequest), "job", request.Job);
    }

    public static void Validate(CancelDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.CancelDeploymentJobRequest), "job", request.Job);
    }

    public static void Validate(SyncDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.SyncDeploymentJobRequest);
        check.String("clientRequestToken", request.ClientRequestToken);
        Arn(check, "fleet", request.Fleet);
    }

    public static void Validate(ListDeploymentJobsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.ListDeploymentJobsRequest);
        check.List("filters", request.Filters, ListDeploymentJobsFilter);
        check.String("nextToken", request.NextToken);
        check.Number("maxResults", request.MaxResults);
        DocumentedRules.Range(request.MaxResults, DocumentedRules.ListDeploymentJobsMaxResults, "maxResults");
    }

    public static void Validate(CreateFleetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.CreateFleetRequest);
        check.String("name", request.Name);
        check.StringMap("tags", request.Tags);
    }

    public static void Validate(DeleteFleetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.DeleteFleetRequest), "fleet", request.Fleet);
    }

    public static void Validate(DescribeFleetRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.DescribeFleetRequest), "fleet", request.Fleet);
    }

    public static void Validate(ListFleetsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.ListFleetsRequest);
        check.String("nextToken", request.NextToken);
        check.Number("maxResults", request.MaxResults);
        DocumentedRules.Range(request.MaxResults, DocumentedRules.ListFleetsMaxResults, "maxResults");
        check.List("filters", request.Filters, NameFilter);
    }

    public static void Validate(CreateRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.CreateRobotRequest);
        check.String("name", request.Name);
        check.String("architecture", request.RawArchitecture);
        check.String("greengrassGroupId", request.GreengrassGroupId);
        check.StringMap("tags", request.Tags);
    }

    public static void Validate(DeleteRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.DeleteRobotRequest), "robot", request.Robot);
    }

    public static void Validate(DescribeRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.DescribeRobotRequest), "robot", request.Robot);
    }

    public static void Validate(ListRobotsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.ListRobotsRequest);
        check.String("nextToken", request.NextToken);
        check.Number("maxResults", request.MaxResults);
        DocumentedRules.Range(request.MaxResults, DocumentedRules.ListRobotsMaxResults, "maxResults");
        check.List("filters", request.Filters, ListDeploymentJobsFilter);
    }

    public static void Validate(RegisterRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.RegisterRobotRequest);
        Arn(check, "fleet", request.Fleet);
        Arn(check, "robot", request.Robot);
    }

    public static void Validate(DeregisterRobotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.DeregisterRobotRequest);
        Arn(check, "fleet", request.Fleet);
        Arn(check, "robot", request.Robot);
    }

    public static void Validate(CreateRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.CreateRobotApplicationRequest);
        check.String("name", request.Name);
        check.List("sources", request.Sources, SourceConfig);
        check.Structure("robotSoftwareSuite", request.RobotSoftwareSuite, RobotSoftwareSuite);
        check.StringMap("tags", request.Tags);
        check.Structure("environment", request.Environment, Environment);
    }

    public static void Validate(CreateRobotApplicationVersionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.CreateRobotApplicationVersionRequest);
        Arn(check, "application", request.Application);
        check.String("currentRevisionId", request.CurrentRevisionId);
        check.StringList("s3Etags", request.S3Etags);
        check.String("imageDigest", request.ImageDigest);
    }

    public static void Validate(DescribeRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.DescribeRobotApplicationRequest);
        Arn(check, "application", request.Application);
        check.String("applicationVersion", request.ApplicationVersion);
    }

    public static void Validate(UpdateRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.UpdateRobotApplicationRequest);
        Arn(check, "application", request.Application);
        check.List("sources", request.Sources, SourceConfig);
        check.Structure("robotSoftwareSuite", request.RobotSoftwareSuite, RobotSoftwareSuite);
        check.String("currentRevisionId", request.CurrentRevisionId);
        check.Structure("environment", request.Environment, Environment);
    }

    public static void Validate(DeleteRobotApplicationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.DeleteRobotApplicationRequest);
        Arn(check, "application", request.Application);
        check.String("applicationVersion", request.ApplicationVersion);
    }

    public static void Validate(ListRobotApplicationsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.ListRobotApplicationsRequest);
        check.String("versionQualifier", request.VersionQualifier);
        check.String("nextToken", request.NextToken);
        check.Number("maxResults", request.MaxResults);
        DocumentedRules.Range(request.MaxResults, DocumentedRules.ListRobotApplicationsMaxResults, "maxResults");
        check.List("filters", request.Filters, NameFilter);
    }

    public static void Validate(TagResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.TagResourceRequest);
        Arn(check, "resourceArn", request.ResourceArn);
        check.StringMap("tags", request.Tags);
    }

    public static void Validate(UntagResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.UntagResourceRequest);
        Arn(check, "resourceArn", request.ResourceArn);
        // The keys travel as query parameters: an empty list sends none, which the service reads as tagKeys absent.
        // A list emptied by leaving out null entries ([null]) is not empty to the caller: it goes on to be refused as
        // tagKeys[i] must not be null.
        var keys = request.TagKeys;
        check.StringList("tagKeys", keys is { Count: 0 } and not EquatableList<string> { DroppedNullAt: >= 0 } ? null : keys);
    }

    public static void Validate(ListTagsForResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.ListTagsForResourceRequest), "resourceArn", request.ResourceArn);
    }

    /// <summary>A fresh idempotency token: 32 hexadecimal digits, valid for <c>clientRequestToken</c>.</summary>
    public static string NewClientRequestToken() => Guid.NewGuid().ToString("N");

    private static void Arn(StructureCheck check, string wireName, string? value)
    {
        check.String(wireName, value);
        DocumentedRules.Arn(value, wireName);
    }

    private static void ApplicationConfig(StructureCheck check, DeploymentApplicationConfig config)
    {
        Arn(check, "application", config.Application);
        check.String("applicationVersion", config.ApplicationVersion);
        check.Structure("launchConfig", config.LaunchConfig, LaunchConfig);
    }

    private static void LaunchConfig(StructureCheck check, DeploymentLaunchConfig launch)
    {
        check.String("packageName", launch.PackageName);
        check.String("preLaunchFile", launch.PreLaunchFile);
        check.String("launchFile", launch.LaunchFile);
        check.String("postLaunchFile", launch.PostLaunchFile);
        check.StringMap("environmentVariables", launch.EnvironmentVariables);
    }

    private static void DeploymentConfig(StructureCheck check, DeploymentConfig config)
    {
        check.Number("concurrentDeploymentPercentage", config.ConcurrentDeploymentPercentage);
        check.Number("failureThresholdPercentage", config.FailureThresholdPercentage);
        check.Number("robotDeploymentTimeoutInSeconds", config.RobotDeploymentTimeoutInSeconds);
        DocumentedRules.Range(config.RobotDeploymentTimeoutInSeconds, DocumentedRules.RobotDeploymentTimeoutInSeconds, "robotDeploymentTimeoutInSeconds");
        check.Structure("downloadConditionFile", config.DownloadConditionFile, S3Object);
    }

    private static void S3Object(StructureCheck check, S3Object file)
    {
        check.String("bucket", file.Bucket);
        check.String("key", file.Key);
        check.String("etag", file.Etag);
    }

    private static void SourceConfig(StructureCheck check, SourceConfig source)
    {
        check.String("s3Bucket", source.S3Bucket);
        check.String("s3Key", source.S3Key);
        check.String("architecture", source.RawArchitecture);
    }

    private static void RobotSoftwareSuite(StructureCheck check, RobotSoftwareSuite suite)
    {
        check.String("name", suite.RawName);
        check.String("version", suite.RawVersion);
    }

    private static void Environment(StructureCheck check, Models.Environment environment) => check.String("uri", environment.Uri);

    // ListFleets and ListRobotApplications: "The filter name name is supported ... You can use up to three filters."
    private static void NameFilter(StructureCheck check, Filter filter)
    {
        check.String("name", filter.Name);
        DocumentedRules.OneOf(filter.Name, DocumentedRules.NameFilterNames, "name");
        check.StringList("values", filter.Values, DocumentedRules.ListDeploymentJobsFilterValues);
    }

    // ListDeploymentJobs and ListRobots: "The filter names status and fleetName are supported ... up to three filters,
    // but they must be for the same named item."
    private static void ListDeploymentJobsFilter(StructureCheck check, Filter filter)
    {
        check.String("name", filter.Name);
        DocumentedRules.OneOf(filter.Name, DocumentedRules.ListDeploymentJobsFilterNames, "name");
        check.StringList("values", filter.Values, DocumentedRules.ListDeploymentJobsFilterValues);
    }
}
