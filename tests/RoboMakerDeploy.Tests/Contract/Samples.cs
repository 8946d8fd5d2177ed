using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>Requests and replies shared by the core tests.</summary>
internal static class Samples
{
    public const string FleetArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/MyFleet/1551286954385";
    public const string AppArn = "arn:aws:robomaker:us-west-2:123456789012:robot-application/MyApp/1551286954385";
    public const string JobArn = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/sim-1234abcd";
    public const string RobotArn = "arn:aws:robomaker:us-west-2:123456789012:robot/MyRobot/1551286954385";

    public static DeploymentLaunchConfig MinimalLaunch => new() { PackageName = "hello_world", LaunchFile = "rotate.launch" };

    public static DeploymentApplicationConfig MinimalApp => new() { Application = AppArn, ApplicationVersion = "1", LaunchConfig = MinimalLaunch };

    /// <summary>A valid request that sets only what is required (the token is left to the client).</summary>
    public static CreateDeploymentJobRequest MinimalCreate => new() { Fleet = FleetArn, DeploymentApplicationConfigs = [MinimalApp] };

    /// <summary>A valid request that sets every member.</summary>
    public static CreateDeploymentJobRequest FullCreate => new()
    {
        ClientRequestToken = "tok_A-1=",
        Fleet = FleetArn,
        DeploymentApplicationConfigs =
        [
            new DeploymentApplicationConfig
            {
                Application = AppArn,
                ApplicationVersion = "42",
                LaunchConfig = new DeploymentLaunchConfig
                {
                    PackageName = "hello_world",
                    PreLaunchFile = "pre.sh",
                    LaunchFile = "rotate.launch",
                    PostLaunchFile = "post.sh",
                    EnvironmentVariables = new Dictionary<string, string> { ["ROS_DOMAIN_ID"] = "7" },
                },
            },
        ],
        DeploymentConfig = new DeploymentConfig
        {
            ConcurrentDeploymentPercentage = 20,
            FailureThresholdPercentage = 25,
            RobotDeploymentTimeoutInSeconds = 3600,
            DownloadConditionFile = new S3Object { Bucket = "my-bucket", Key = "conditions/check.sh", Etag = "e1" },
        },
        Tags = new Dictionary<string, string> { ["team"] = "robots" },
    };

    public const string FullCreateBody =
        "{\"clientRequestToken\":\"tok_A-1=\"," +
        "\"deploymentApplicationConfigs\":[{\"application\":\"" + AppArn + "\",\"applicationVersion\":\"42\"," +
        "\"launchConfig\":{\"packageName\":\"hello_world\",\"preLaunchFile\":\"pre.sh\",\"launchFile\":\"rotate.launch\",\"postLaunchFile\":\"post.sh\",\"environmentVariables\":{\"ROS_DOMAIN_ID\":\"7\"}}}]," +
        "\"deploymentConfig\":{\"concurrentDeploymentPercentage\":20,\"failureThresholdPercentage\":25,\"robotDeploymentTimeoutInSeconds\":3600," +
        "\"downloadConditionFile\":{\"bucket\":\"my-bucket\",\"key\":\"conditions/check.sh\",\"etag\":\"e1\"}}," +
        "\"fleet\":\"" + FleetArn + "\"," +
        "\"tags\":{\"team\":\"robots\"}}";

    /// <summary>The members every job reply shares, every one set (no closing brace).</summary>
    private const string JobMembers =
        "\"arn\":\"" + JobArn + "\",\"fleet\":\"" + FleetArn + "\",\"status\":\"InProgress\"," +
        "\"deploymentConfig\":{\"concurrentDeploymentPercentage\":20,\"failureThresholdPercentage\":25,\"robotDeploymentTimeoutInSeconds\":3600," +
        "\"downloadConditionFile\":{\"bucket\":\"my-bucket\",\"key\":\"conditions/check.sh\",\"etag\":\"e1\"}}," +
        "\"deploymentApplicationConfigs\":[{\"application\":\"" + AppArn + "\",\"applicationVersion\":\"42\"," +
        "\"launchConfig\":{\"packageName\":\"hello_world\",\"preLaunchFile\":\"pre.sh\",\"launchFile\":\"rotate.launch\",\"postLaunchFile\":\"post.sh\",\"environmentVariables\":{\"ROS_DOMAIN_ID\":\"7\",\"MODE\":\"fast\"}}}]," +
        "\"failureReason\":\"robots unreachable\",\"failureCode\":\"RobotDeploymentNoResponse\",\"createdAt\":1573257600.123";

    public const string CreateReply = "{" + JobMembers + ",\"tags\":{\"team\":\"robots\",\"env\":\"prod\"}}";

    public const string SyncReply = "{" + JobMembers + "}";

    public const string DescribeReply = "{" + JobMembers + "," +
        "\"robotDeploymentSummary\":[" +
        "{\"arn\":\"" + RobotArn + "\",\"deploymentStartTime\":1573257601.5,\"deploymentFinishTime\":1573257700.987,\"status\":\"Deploying\"," +
        "\"progressDetail\":{\"currentProgress\":\"DownloadingExtracting\",\"percentDone\":42.5,\"estimatedTimeRemainingSeconds\":17,\"targetResource\":\"" + JobArn + "\"}," +
        "\"failureReason\":\"no space\",\"failureCode\":\"ExtractingBundleFailure\"}," +
        "{\"arn\":\"arn:aws:robomaker:us-west-2:123456789012:robot/Other/1\",\"status\":\"InSync\",\"progressDetail\":{\"currentProgress\":\"Finished\"}}" +
        "]," +
        "\"tags\":{\"team\":\"robots\"}}";

    public const string ListReply = "{\"deploymentJobs\":[{" + JobMembers + "}," +
        "{\"arn\":\"arn:aws:robomaker:us-west-2:123456789012:deployment-job/d-2\",\"fleet\":\"" + FleetArn + "\",\"status\":\"Succeeded\",\"deploymentApplicationConfigs\":[],\"createdAt\":1573257000}" +
        "],\"nextToken\":\"page-2\"}";

    /// <summary>Asserts every shared member as <see cref="JobMembers"/> sets it.</summary>
    public static void AssertFullJob(DeploymentJobInfo job)
    {
        Assert.Equal(JobArn, job.Arn);
        Assert.Equal(FleetArn, job.Fleet);
        Assert.Equal(DeploymentStatus.InProgress, job.Status);
        Assert.Equal("InProgress", job.RawStatus);
        var deployment = Assert.IsType<DeploymentConfig>(job.DeploymentConfig);
        Assert.Equal(20, deployment.ConcurrentDeploymentPercentage);
        Assert.Equal(25, deployment.FailureThresholdPercentage);
        Assert.Equal(3600L, deployment.RobotDeploymentTimeoutInSeconds);
        Assert.Equal(new S3Object { Bucket = "my-bucket", Key = "conditions/check.sh", Etag = "e1" }, deployment.DownloadConditionFile);
        var app = Assert.Single(job.DeploymentApplicationConfigs);
        Assert.Equal(AppArn, app.Application);
        Assert.Equal("42", app.ApplicationVersion);
        var launch = Assert.IsType<DeploymentLaunchConfig>(app.LaunchConfig);
        Assert.Equal("hello_world", launch.PackageName);
        Assert.Equal("pre.sh", launch.PreLaunchFile);
        Assert.Equal("rotate.launch", launch.LaunchFile);
        Assert.Equal("post.sh", launch.PostLaunchFile);
        Assert.Equal(2, launch.EnvironmentVariables!.Count);
        Assert.Equal("7", launch.EnvironmentVariables["ROS_DOMAIN_ID"]);
        Assert.Equal("fast", launch.EnvironmentVariables["MODE"]);
        Assert.Equal("robots unreachable", job.FailureReason);
        Assert.Equal(DeploymentJobErrorCode.RobotDeploymentNoResponse, job.FailureCode);
        Assert.Equal("RobotDeploymentNoResponse", job.RawFailureCode);
        Assert.Equal(new DateTimeOffset(2019, 11, 9, 0, 0, 0, 123, TimeSpan.Zero), job.CreatedAt);
        Assert.Equal(TimeSpan.Zero, job.CreatedAt!.Value.Offset);
    }
}
