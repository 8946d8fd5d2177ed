using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;

namespace RoboMakerDeploy.Tests.Contract;

/// <summary>
/// The contract side of the full deployment-job samples of <see cref="CannedReplies"/>: the exact bytes
/// <see cref="CannedReplies.FullCreate"/> must go out as, and what every full job reply must parse to.
/// </summary>
internal static class FullJobContract
{
    /// <summary>The request body <see cref="CannedReplies.FullCreate"/> must be sent as, byte for byte.</summary>
    public const string FullCreateBody =
        "{\"clientRequestToken\":\"tok_A-1=\"," +
        "\"deploymentApplicationConfigs\":[{\"application\":\"" + AppArn + "\",\"applicationVersion\":\"42\"," +
        "\"launchConfig\":{\"packageName\":\"hello_world\",\"preLaunchFile\":\"pre.sh\",\"launchFile\":\"rotate.launch\",\"postLaunchFile\":\"post.sh\",\"environmentVariables\":{\"ROS_DOMAIN_ID\":\"7\"}}}]," +
        "\"deploymentConfig\":{\"concurrentDeploymentPercentage\":20,\"failureThresholdPercentage\":25,\"robotDeploymentTimeoutInSeconds\":3600," +
        "\"downloadConditionFile\":{\"bucket\":\"my-bucket\",\"key\":\"conditions/check.sh\",\"etag\":\"e1\"}}," +
        "\"fleet\":\"" + FleetArn + "\"," +
        "\"tags\":{\"team\":\"robots\"}}";

    /// <summary>Asserts every member the full job replies of <see cref="CannedReplies"/> share, as they set it.</summary>
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
