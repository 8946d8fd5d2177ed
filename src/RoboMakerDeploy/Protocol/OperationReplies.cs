using System.Text.Json.Serialization.Metadata;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Protocol;

/// <summary>What each operation's path replies with, so replies can be parsed below Refit.</summary>
internal static class OperationReplies
{
    public static readonly OperationReply Create = new(OperationNames.CreateDeploymentJob, RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse, null);
    public static readonly OperationReply Describe = new(OperationNames.DescribeDeploymentJob, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse, null);
    public static readonly OperationReply List = new(OperationNames.ListDeploymentJobs, RoboMakerDeployJsonContext.Default.ListDeploymentJobsResponse, null);
    public static readonly OperationReply Sync = new(OperationNames.SyncDeploymentJob, RoboMakerDeployJsonContext.Default.SyncDeploymentJobResponse, null);
    public static readonly OperationReply Cancel = new(OperationNames.CancelDeploymentJob, RoboMakerDeployJsonContext.Default.CancelDeploymentJobResponse, static () => new CancelDeploymentJobResponse());

    /// <summary>
    /// The model of a reply to <paramref name="operation"/>: the one <see cref="ReplyHandler"/> parsed, or, on a
    /// handler chain assembled without it, the reply's own error or body read here the same way.
    /// </summary>
    public static ValueTask<T> ReadAsync<T>(HttpResponseMessage response, OperationReply operation, CancellationToken cancellationToken)
        where T : class =>
        response.Content is ParsedReplyContent { Value: T parsed }
            ? new ValueTask<T>(parsed)
            : ReadUnparsedAsync<T>(response, operation, cancellationToken);

    private static async ValueTask<T> ReadUnparsedAsync<T>(HttpResponseMessage response, OperationReply operation, CancellationToken cancellationToken)
        where T : class
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw ErrorReplyParser.Parse(response.StatusCode, response.Headers, body, operation.Operation);
        return ReplyHandler.Parse(operation, body, response) as T
            ?? throw new MalformedReplyException($"The service's reply is not a {typeof(T).Name}.", response.StatusCode, operation: operation.Operation);
    }

    public static OperationReply? ForPath(Uri? uri)
    {
        if (uri is null) return null;
        // The text the URI was made from names the operation as it is, in the usual case: reading it
        // spares computing the URI's path (a parse and two objects on each new Uri). Only when it does not
        // (escaped or unusual text) is the canonical path asked for.
        var original = uri.OriginalString.AsSpan();
        var end = original.IndexOfAny('?', '#');
        if (end >= 0) original = original[..end];
        var slash = original.LastIndexOf('/');
        // In an absolute URI the last slash must come after the "//" of the authority (or it would be a host name).
        var authority = uri.IsAbsoluteUri ? original.IndexOf("//", StringComparison.Ordinal) + 1 : -1;
        if (slash > authority && ForSegment(original[(slash + 1)..]) is { } known) return known;
        if (!uri.IsAbsoluteUri) return null;
        var path = uri.AbsolutePath;
        // The last segment names the operation: a ServiceUrl may carry a prefix (https://gateway/robomaker/).
        return ForSegment(path.AsSpan(path.LastIndexOf('/') + 1));
    }

    private static OperationReply? ForSegment(ReadOnlySpan<char> segment) =>
        segment switch
        {
            "createDeploymentJob" => Create,
            "describeDeploymentJob" => Describe,
            "listDeploymentJobs" => List,
            "syncDeploymentJob" => Sync,
            "cancelDeploymentJob" => Cancel,
            _ => null,
        };
}

/// <summary>One operation's reply type.</summary>
internal sealed record OperationReply(string Operation, JsonTypeInfo TypeInfo, Func<object>? Empty)
{
    public bool AllowsEmptyBody => Empty is not null;
}
