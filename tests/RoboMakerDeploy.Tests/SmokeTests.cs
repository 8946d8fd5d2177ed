using RoboMakerDeploy.Models;
using System.Text.Json;

namespace RoboMakerDeploy.Tests;

public class SmokeTests
{
    [Fact]
    public void Two_replies_parsed_from_the_same_json_are_equal()
    {
        const string json = """{"arn":"arn:aws:robomaker:us-west-2:1:deployment-job/d-1","status":"InProgress","createdAt":1573257600.123,"deploymentApplicationConfigs":[{"application":"arn:a","applicationVersion":"1","launchConfig":{"packageName":"p","launchFile":"l","environmentVariables":{"A":"1"}}}],"robotDeploymentSummary":[{"arn":"arn:r","status":"Deploying","progressDetail":{"currentProgress":"DownloadingExtracting","percentDone":42.5,"estimatedTimeRemainingSeconds":7}}],"tags":{"k":"v"}}""";
        var a = JsonSerializer.Deserialize(json, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse)!;
        var b = JsonSerializer.Deserialize(json, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse)!;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(DeploymentStatus.InProgress, a.Status);
        Assert.Equal(new DateTimeOffset(2019, 11, 9, 0, 0, 0, 123, TimeSpan.Zero), a.CreatedAt);
        Assert.Equal(RobotDeploymentStep.DownloadingExtracting, a.RobotDeploymentSummary[0].ProgressDetail!.CurrentProgress);
        Assert.NotEqual(a, b with { Tags = new Dictionary<string, string> { ["k"] = "other" } });
    }
}
