using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy;

/// <summary>The per-attempt log events. Never logs headers, bodies or credentials.</summary>
internal static partial class DiagnosticsLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "{Operation} attempt {Attempt} succeeded: HTTP {StatusCode}, request id {RequestId}, {DurationMs} ms")]
    public static partial void AttemptSucceeded(ILogger logger, string? operation, int attempt, int statusCode, string? requestId, double durationMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "{Operation} attempt {Attempt} failed: HTTP {StatusCode}, {ErrorCode}, request id {RequestId}, {DurationMs} ms")]
    public static partial void AttemptFailed(ILogger logger, string? operation, int attempt, int? statusCode, string? errorCode, string? requestId, double durationMs);
}
