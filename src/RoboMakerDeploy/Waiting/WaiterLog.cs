using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy;

/// <summary>
/// The waiter's log events. Arns and statuses may come from a reply, so each goes through
/// <see cref="ServiceText.ForDisplay"/> (control characters as <c>\uXXXX</c>, secret shapes masked) before it reaches
/// the message or the structured state; only when the level is enabled, so a quiet logger costs nothing.
/// </summary>
internal static partial class WaiterLog
{
    public static void Polled(ILogger logger, string jobArn, int poll, string? status)
    {
        if (logger.IsEnabled(LogLevel.Debug)) LogPolled(logger, ServiceText.ForDisplay(jobArn)!, poll, ServiceText.ForDisplay(status));
    }

    public static void StatusChanged(ILogger logger, string jobArn, string? previousStatus, string? status)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogStatusChanged(logger, ServiceText.ForDisplay(jobArn)!, ServiceText.ForDisplay(previousStatus), ServiceText.ForDisplay(status));
        }
    }

    public static void PollThrottled(ILogger logger, string jobArn, int poll, int attempts)
    {
        if (logger.IsEnabled(LogLevel.Warning)) LogPollThrottled(logger, ServiceText.ForDisplay(jobArn)!, poll, attempts);
    }

    public static void UnknownStatus(ILogger logger, string jobArn, string? status)
    {
        if (logger.IsEnabled(LogLevel.Warning)) LogUnknownStatus(logger, ServiceText.ForDisplay(jobArn)!, ServiceText.ForDisplay(status));
    }

    [LoggerMessage(EventId = 3004, EventName = "UnknownStatus", Level = LogLevel.Warning, Message = "Deployment job {JobArn} reports the status {Status}, which this SDK does not know; the waiter keeps polling until the job reports a known ending or the wait's Timeout")]
    private static partial void LogUnknownStatus(ILogger logger, string jobArn, string? status);

    [LoggerMessage(EventId = 3001, EventName = "Polled", Level = LogLevel.Debug, Message = "Poll {Poll} of deployment job {JobArn}: {Status}")]
    private static partial void LogPolled(ILogger logger, string jobArn, int poll, string? status);

    [LoggerMessage(EventId = 3002, EventName = "StatusChanged", Level = LogLevel.Information, Message = "Deployment job {JobArn} changed from {PreviousStatus} to {Status}")]
    private static partial void LogStatusChanged(ILogger logger, string jobArn, string? previousStatus, string? status);

    [LoggerMessage(EventId = 3003, EventName = "PollThrottled", Level = LogLevel.Warning, Message = "Poll {Poll} of deployment job {JobArn} was throttled after {Attempts} attempts; polling more slowly")]
    private static partial void LogPollThrottled(ILogger logger, string jobArn, int poll, int attempts);
}
