using System.Text.Json;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Requests and canned replies of realistic size: every member set, environment variables, tags,
/// timestamps as fractional epoch seconds. Replies are serialized once with the SDK's JSON context.
/// </summary>
public static class Canned
{
    public const string Region = "us-west-2";
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string FleetArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/MyFleet/1551286954385";
    public const string AppArn = "arn:aws:robomaker:us-west-2:123456789012:robot-application/MyRobotApplication/1551203301792";
    public const string JobArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/sim-0f1e2d3c4b5a";

    public static readonly Uri ServiceUrl = new("https://robomaker.us-west-2.amazonaws.com");

    private static readonly DateTimeOffset Created = DateTimeOffset.FromUnixTimeMilliseconds(1_573_257_600_123);

    public static CreateDeploymentJobRequest CreateRequest { get; } = new()
    {
        // Fixed, so the stack and the baseline send the same bytes.
        ClientRequestToken = "0b0f5a436b6d4c5a9a513f5b0a1d7c11",
        Fleet = FleetArn,
        DeploymentConfig = new DeploymentConfig
        {
            ConcurrentDeploymentPercentage = 20,
            FailureThresholdPercentage = 25,
            RobotDeploymentTimeoutInSeconds = 3600,
            DownloadConditionFile = new S3Object { Bucket = "robot-conditions", Key = "checks/battery-above-50.sh", Etag = "9b2cf535f27731c974343645a3985328" },
        },
        DeploymentApplicationConfigs = [Application],
        Tags = new Dictionary<string, string> { ["team"] = "navigation", ["env"] = "production", ["cost-center"] = "robotics-42" },
    };

    public static DescribeDeploymentJobRequest DescribeRequest { get; } = new() { Job = JobArn };

    public static ListDeploymentJobsRequest ListRequest { get; } = new()
    {
        Filters = [Filter.ByFleetName("MyFleet")],
        MaxResults = 100,
    };

    private static DeploymentApplicationConfig Application => new()
    {
        Application = AppArn,
        ApplicationVersion = "42",
        LaunchConfig = new DeploymentLaunchConfig
        {
            PackageName = "hello_world",
            PreLaunchFile = "scripts/pre-launch.sh",
            LaunchFile = "rotate.launch",
            PostLaunchFile = "scripts/post-launch.sh",
            EnvironmentVariables = new Dictionary<string, string>
            {
                ["ROS_DOMAIN_ID"] = "7",
                ["ROBOT_MODE"] = "autonomous",
                ["LOG_LEVEL"] = "info",
                ["MAX_SPEED_MPS"] = "1.5",
            },
        },
    };

    private static DeploymentConfig Config => CreateRequest.DeploymentConfig!;

    private static IReadOnlyDictionary<string, string> Tags => CreateRequest.Tags!;

    public static byte[] CreateReply() => JsonSerializer.SerializeToUtf8Bytes(
        new CreateDeploymentJobResponse
        {
            Arn = JobArn, Fleet = FleetArn, RawStatus = "Pending", DeploymentConfig = Config,
            DeploymentApplicationConfigs = [Application], FailureReason = "", RawFailureCode = "", CreatedAt = Created, Tags = Tags,
        },
        RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse);

    public static byte[] DescribeReply(int robots) => JsonSerializer.SerializeToUtf8Bytes(
        new DescribeDeploymentJobResponse
        {
            Arn = JobArn, Fleet = FleetArn, RawStatus = "InProgress", DeploymentConfig = Config,
            DeploymentApplicationConfigs = [Application], FailureReason = "2 robots unreachable", RawFailureCode = "RobotDeploymentNoResponse",
            CreatedAt = Created, Tags = Tags,
            RobotDeploymentSummary = [.. Enumerable.Range(0, robots).Select(Robot)],
        },
        RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse);

    public static byte[] ListReply(int jobs, string? nextToken) => JsonSerializer.SerializeToUtf8Bytes(
        new ListDeploymentJobsResponse
        {
            DeploymentJobs = [.. Enumerable.Range(0, jobs).Select(Job)],
            NextToken = nextToken,
        },
        RoboMakerDeployJsonContext.Default.ListDeploymentJobsResponse);

    private static RobotDeployment Robot(int i) => new()
    {
        Arn = $"arn:aws:robomaker:us-west-2:123456789012:robot/robot-{i:D4}/1551286954{i % 1000:D3}",
        DeploymentStartTime = Created.AddMilliseconds(1500 + i),
        DeploymentFinishTime = Created.AddMilliseconds(98_765 + (i * 7)),
        RawStatus = "Deploying",
        ProgressDetail = new ProgressDetail
        {
            RawCurrentProgress = "DownloadingExtracting",
            PercentDone = 42.5f,
            EstimatedTimeRemainingSeconds = 17 + (i % 60),
            TargetResource = JobArn,
        },
        FailureReason = "no space left on device",
        RawFailureCode = "ExtractingBundleFailure",
    };

    private static DeploymentJob Job(int i) => new()
    {
        Arn = $"arn:aws:robomaker:us-west-2:123456789012:deployment-job/sim-{i:x12}",
        Fleet = FleetArn,
        RawStatus = "Completed",
        DeploymentConfig = Config,
        DeploymentApplicationConfigs = [Application],
        FailureReason = "",
        RawFailureCode = "",
        CreatedAt = Created.AddSeconds(-i).AddMilliseconds(i % 997),
    };
}
