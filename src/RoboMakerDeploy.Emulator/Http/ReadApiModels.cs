using System.Text.Json.Serialization;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The reply of <c>GET /_emulator/api/world</c> and each <c>world</c> event of <c>GET /_emulator/api/events</c>:
/// the whole world at one instant of the emulator's clock. Member names follow the service model's.
/// </summary>
/// <param name="Region">The Region served.</param>
/// <param name="WorldMode"><c>auto-create</c> or <c>strict</c>.</param>
/// <param name="Now">The emulator's clock (its <c>TimeProvider</c>) when the view was taken.</param>
/// <param name="JobSeconds">How long a job takes, in seconds.</param>
/// <param name="Fleets">The fleets, oldest first, each with its registered robots.</param>
/// <param name="UnregisteredRobots">Robots in no fleet (status <c>Available</c>), oldest first.</param>
/// <param name="Jobs">The newest <see cref="ReadApi.MaxJobs"/> deployment jobs, newest first.</param>
/// <param name="Applications">The robot applications, oldest first, with their versions.</param>
internal sealed record WorldView(
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("worldMode")] string WorldMode,
    [property: JsonPropertyName("now")] DateTimeOffset Now,
    [property: JsonPropertyName("jobSeconds")] double JobSeconds,
    [property: JsonPropertyName("fleets")] IReadOnlyList<FleetView> Fleets,
    [property: JsonPropertyName("unregisteredRobots")] IReadOnlyList<RobotView> UnregisteredRobots,
    [property: JsonPropertyName("jobs")] IReadOnlyList<JobView> Jobs,
    [property: JsonPropertyName("applications")] IReadOnlyList<ApplicationView> Applications);

/// <summary>A fleet (the model's <c>Fleet</c> shape) with its registered robots in registration order.</summary>
internal sealed record FleetView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("arn")] string Arn,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("lastDeploymentStatus")] string? LastDeploymentStatus,
    [property: JsonPropertyName("lastDeploymentJob")] string? LastDeploymentJob,
    [property: JsonPropertyName("lastDeploymentTime")] DateTimeOffset? LastDeploymentTime,
    [property: JsonPropertyName("robots")] IReadOnlyList<RobotView> Robots);

/// <summary>A robot (the model's <c>Robot</c> shape; <c>status</c> is the newest deployment's robot status).</summary>
internal sealed record RobotView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("arn")] string Arn,
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("greengrassGroupId")] string GreengrassGroupId,
    [property: JsonPropertyName("fleetArn")] string? FleetArn,
    [property: JsonPropertyName("lastDeploymentJob")] string? LastDeploymentJob,
    [property: JsonPropertyName("lastDeploymentTime")] DateTimeOffset? LastDeploymentTime);

/// <summary>
/// A deployment job (DescribeDeploymentJob's members) with its robots' progress. <c>id</c> is the ARN's last part
/// (<c>deployment-...</c>), usable in <c>GET /_emulator/api/jobs/{id}</c>.
/// </summary>
internal sealed record JobView(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("arn")] string Arn,
    [property: JsonPropertyName("fleet")] string Fleet,
    [property: JsonPropertyName("fleetName")] string FleetName,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("failureCode")] string? FailureCode,
    [property: JsonPropertyName("failureReason")] string? FailureReason,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("deploymentApplicationConfigs")] IReadOnlyList<JobApplicationView> DeploymentApplicationConfigs,
    [property: JsonPropertyName("concurrentDeploymentPercentage")] int? ConcurrentDeploymentPercentage,
    [property: JsonPropertyName("failureThresholdPercentage")] int? FailureThresholdPercentage,
    [property: JsonPropertyName("steps")] IReadOnlyList<string> Steps,
    [property: JsonPropertyName("robotDeploymentSummary")] IReadOnlyList<RobotProgressView> RobotDeploymentSummary);

/// <summary>The application and version a job deploys (a <c>DeploymentApplicationConfig</c>, launch settings left out).</summary>
internal sealed record JobApplicationView(
    [property: JsonPropertyName("application")] string Application,
    [property: JsonPropertyName("applicationVersion")] string ApplicationVersion);

/// <summary>
/// One robot's part in a job (the model's <c>RobotDeployment</c>, <c>progressDetail</c> flattened) plus
/// <c>progressPercent</c>: the share of the job's steps the robot has walked, 0 to 100, for a progress bar.
/// </summary>
internal sealed record RobotProgressView(
    [property: JsonPropertyName("arn")] string Arn,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("currentProgress")] string? CurrentProgress,
    [property: JsonPropertyName("percentDone")] float? PercentDone,
    [property: JsonPropertyName("estimatedTimeRemainingSeconds")] int? EstimatedTimeRemainingSeconds,
    [property: JsonPropertyName("progressPercent")] double ProgressPercent,
    [property: JsonPropertyName("deploymentStartTime")] DateTimeOffset? DeploymentStartTime,
    [property: JsonPropertyName("deploymentFinishTime")] DateTimeOffset? DeploymentFinishTime,
    [property: JsonPropertyName("failureCode")] string? FailureCode,
    [property: JsonPropertyName("failureReason")] string? FailureReason);

/// <summary>A robot application: its <c>$LATEST</c> and its numbered versions, oldest first.</summary>
internal sealed record ApplicationView(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("arn")] string Arn,
    [property: JsonPropertyName("latest")] ApplicationVersionView Latest,
    [property: JsonPropertyName("versions")] IReadOnlyList<ApplicationVersionView> Versions);

/// <summary>One state of a robot application (DescribeRobotApplication's members).</summary>
internal sealed record ApplicationVersionView(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("revisionId")] string RevisionId,
    [property: JsonPropertyName("robotSoftwareSuite")] string? RobotSoftwareSuite,
    [property: JsonPropertyName("lastUpdatedAt")] DateTimeOffset LastUpdatedAt,
    [property: JsonPropertyName("sources")] IReadOnlyList<SourceView> Sources);

/// <summary>A source bundle (the model's <c>Source</c> shape).</summary>
internal sealed record SourceView(
    [property: JsonPropertyName("architecture")] string Architecture,
    [property: JsonPropertyName("s3Bucket")] string S3Bucket,
    [property: JsonPropertyName("s3Key")] string S3Key,
    [property: JsonPropertyName("etag")] string Etag);

/// <summary>Source-generated JSON for the read API (camelCase members as the model's, nulls left out).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorldView))]
[JsonSerializable(typeof(JobView))]
internal sealed partial class ReadApiJsonContext : JsonSerializerContext;
