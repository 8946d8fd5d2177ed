using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy;

/// <summary>The resilience pipeline's log events.</summary>
internal static partial class RetryLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Attempt {Attempt} failed with {ErrorCode}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, int attempt, string? errorCode, double delayMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Not retrying after attempt {Attempt}: the client's retry budget is exhausted ({Tokens} tokens left)")]
    public static partial void RetryBudgetExhausted(ILogger logger, int attempt, int tokens);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Not retrying after attempt {Attempt}: the service asked to wait {RetryAfterSeconds} s, longer than RetryMaxDelay ({MaxDelaySeconds} s)")]
    public static partial void RetryAfterTooLong(ILogger logger, int attempt, double retryAfterSeconds, double maxDelaySeconds);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Not retrying after attempt {Attempt}: the next attempt would start in {DelaySeconds} s, at or past the call's Timeout ({TimeLeftSeconds} s left)")]
    public static partial void RetryPastDeadline(ILogger logger, int attempt, double delaySeconds, double timeLeftSeconds);
}
