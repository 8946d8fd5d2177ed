namespace RoboMakerDeploy.TestUtils;

/// <summary>Replies of the service as JSON, for WireMock.</summary>
internal static class CannedReplies
{
    public const string Fleet = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/demo-fleet/1600000000000";
    public const string Application = "arn:aws:robomaker:us-west-2:123456789012:robot-application/demo-app/1600000000000";
    public const string Job = "arn:aws:robomaker:us-west-2:123456789012:deployment-job/d-0123456789ab";

    public static string Robot(int n) => $"arn:aws:robomaker:us-west-2:123456789012:robot/robot-{n}/1600000000000";

    public const string AppConfigs = $$$"""[{"application":"{{{Application}}}","applicationVersion":"7","launchConfig":{"packageName":"demo_pkg","launchFile":"demo.launch"}}]""";

    /// <summary>A job with two robots: one downloading at 42%, one <paramref name="secondRobot"/>.</summary>
    public static string Describe(string status, string firstStep = "DownloadingExtracting", string firstStatus = "Deploying", string secondRobot = "InSync", string extra = "")
    {
        var percent = firstStep == "DownloadingExtracting" ? ",\"percentDone\":42.0,\"estimatedTimeRemainingSeconds\":7" : "";
        var progress = $"{{\"currentProgress\":\"{firstStep}\"{percent}}}";
        return $$"""
        {"arn":"{{Job}}","fleet":"{{Fleet}}","status":"{{status}}","createdAt":1600000000.5,
         "deploymentApplicationConfigs":{{AppConfigs}},{{extra}}
         "robotDeploymentSummary":[
           {"arn":"{{Robot(1)}}","status":"{{firstStatus}}","deploymentStartTime":1600000001,"progressDetail":{{progress}} },
           {"arn":"{{Robot(2)}}","status":"{{secondRobot}}","progressDetail":{"currentProgress":"Finished"} }
         ],"tags":{"team":"robots"} }
        """;
    }

    public static string ListPage(string? nextToken, params string[] jobIds)
    {
        var jobs = string.Join(",", jobIds.Select(id =>
            $$"""{"arn":"arn:aws:robomaker:us-west-2:123456789012:deployment-job/{{id}}","fleet":"{{Fleet}}","status":"Succeeded","createdAt":1600000000,"deploymentApplicationConfigs":{{AppConfigs}}}"""));
        return nextToken is null ? $$"""{"deploymentJobs":[{{jobs}}]}""" : $$"""{"deploymentJobs":[{{jobs}}],"nextToken":"{{nextToken}}"}""";
    }
}
