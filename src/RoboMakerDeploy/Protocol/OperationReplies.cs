using System.Text.Json.Serialization.Metadata;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Protocol;

/// <summary>What each operation's path replies with, so replies can be parsed below Refit.</summary>
internal static class OperationReplies
{
    private static readonly OperationReply Create = new(OperationNames.CreateDeploymentJob, RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse, null);
    private static readonly OperationReply Describe = new(OperationNames.DescribeDeploymentJob, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse, null);
    private static readonly OperationReply List = new(OperationNames.ListDeploymentJobs, RoboMakerDeployJsonContext.Default.ListDeploymentJobsResponse, null);
    private static readonly OperationReply Sync = new(OperationNames.SyncDeploymentJob, RoboMakerDeployJsonContext.Default.SyncDeploymentJobResponse, null);
    private static readonly OperationReply Cancel = new(OperationNames.CancelDeploymentJob, RoboMakerDeployJsonContext.Default.CancelDeploymentJobResponse, static () => new CancelDeploymentJobResponse());

    public static OperationReply? ForPath(Uri? uri)
    {
        var path = uri is null ? null : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString;
        if (string.IsNullOrEmpty(path)) return null;
        // The last segment names the operation: a ServiceUrl may carry a prefix (https://gateway/robomaker/).
        return path.AsSpan(path.LastIndexOf('/') + 1) switch
        {
            "createDeploymentJob" => Create,
            "describeDeploymentJob" => Describe,
            "listDeploymentJobs" => List,
            "syncDeploymentJob" => Sync,
            "cancelDeploymentJob" => Cancel,
            _ => null,
        };
    }
}

/// <summary>One operation's reply type.</summary>
internal sealed record OperationReply(string Operation, JsonTypeInfo TypeInfo, Func<object>? Empty)
{
    public bool AllowsEmptyBody => Empty is not null;
}
