using RoboMakerDeploy.Models;
using static RoboMakerDeploy.ConstraintViolation;
using Model = RoboMakerDeploy.ServiceModelConstraints;

// The namespace stays Protocol until the merge's namespace consolidation: the client and the emulator call this class.
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
/// To cover a new request (CreateFleet, say): add <c>public static void Validate(CreateFleetRequest request)</c> that
/// starts a <see cref="StructureCheck"/> on <c>ServiceModelConstraints.CreateFleetRequest</c> and calls one
/// method per member (<c>String("name", request.Name)</c>, <c>StringMap("tags", request.Tags)</c>, ...); nested
/// structures get a static walker like <see cref="LaunchConfig"/>.
/// </remarks>
internal static class RequestValidator
{
    public static void Validate(CreateDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.CreateDeploymentJobRequest, null);
        check.String("clientRequestToken", request.ClientRequestToken);
        Arn(check, "fleet", request.Fleet);
        check.List("deploymentApplicationConfigs", request.DeploymentApplicationConfigs, ApplicationConfig);
        check.Structure("deploymentConfig", request.DeploymentConfig, DeploymentConfig);
        check.StringMap("tags", request.Tags);
    }

    public static void Validate(DescribeDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.DescribeDeploymentJobRequest, null), "job", request.Job);
    }

    public static void Validate(CancelDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(new StructureCheck(Model.CancelDeploymentJobRequest, null), "job", request.Job);
    }

    public static void Validate(SyncDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.SyncDeploymentJobRequest, null);
        check.String("clientRequestToken", request.ClientRequestToken);
        Arn(check, "fleet", request.Fleet);
    }

    public static void Validate(ListDeploymentJobsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var check = new StructureCheck(Model.ListDeploymentJobsRequest, null);
        check.List("filters", request.Filters, ListDeploymentJobsFilter);
        check.String("nextToken", request.NextToken);
        check.Number("maxResults", request.MaxResults);
        DocumentedRules.Range(request.MaxResults, DocumentedRules.ListDeploymentJobsMaxResults, "maxResults");
    }

    /// <summary>A fresh idempotency token: 32 hexadecimal digits, valid for <c>clientRequestToken</c>.</summary>
    public static string NewClientRequestToken() => Guid.NewGuid().ToString("N");

    private static void Arn(StructureCheck check, string wireName, string? value)
    {
        check.String(wireName, value);
        DocumentedRules.Arn(value, check.PathOf(wireName));
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
        DocumentedRules.Range(config.RobotDeploymentTimeoutInSeconds, DocumentedRules.RobotDeploymentTimeoutInSeconds, check.PathOf("robotDeploymentTimeoutInSeconds"));
        check.Structure("downloadConditionFile", config.DownloadConditionFile, S3Object);
    }

    private static void S3Object(StructureCheck check, S3Object file)
    {
        check.String("bucket", file.Bucket);
        check.String("key", file.Key);
        check.String("etag", file.Etag);
    }

    private static void ListDeploymentJobsFilter(StructureCheck check, Filter filter)
    {
        check.String("name", filter.Name);
        DocumentedRules.OneOf(filter.Name, DocumentedRules.ListDeploymentJobsFilterNames, check.PathOf("name"));
        check.StringList("values", filter.Values, DocumentedRules.ListDeploymentJobsFilterValues);
    }
}
