using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy;

/// <summary>The waiter's log events.</summary>
internal static partial class WaiterLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Poll {Poll} of deployment job {JobArn}: {Status}")]
    public static partial void Polled(ILogger logger, string jobArn, int poll, string? status);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Deployment job {JobArn} changed from {PreviousStatus} to {Status}")]
    public static partial void StatusChanged(ILogger logger, string jobArn, string? previousStatus, string? status);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Poll {Poll} of deployment job {JobArn} was throttled after {Attempts} attempts; polling more slowly")]
    public static partial void PollThrottled(ILogger logger, string jobArn, int poll, int attempts);
}
