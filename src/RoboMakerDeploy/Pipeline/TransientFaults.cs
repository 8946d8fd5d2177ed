using System.Net;
using Polly.Timeout;

namespace RoboMakerDeploy;

/// <summary>
/// Decides what is worth retrying: throttling (by error code, whatever the HTTP status), internal
/// errors and 500/502/503/504, connection faults, incomplete or garbled replies and attempt timeouts. Any other
/// 4xx, validation errors and the caller's own cancellation are final.
/// </summary>
internal static class TransientFaults
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        ThrottlingException.Code, "Throttling", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "RequestLimitExceeded", "RequestThrottled", "SlowDown", "BandwidthLimitExceeded", "ProvisionedThroughputExceededException",
        "TransactionInProgressException", "EC2ThrottledException",
    };

    /// <summary>Whether <paramref name="exception"/> says the caller was throttled.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>True for throttling.</returns>
    public static bool IsThrottling(Exception? exception) =>
        exception is RoboMakerException service
        && ((service.ErrorCode is { } code && ThrottlingCodes.Contains(code)) || service.StatusCode == HttpStatusCode.TooManyRequests);

    /// <summary>Whether a failed attempt may succeed if repeated.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>True when a retry is worthwhile.</returns>
    public static bool IsTransient(Exception? exception) => exception switch
    {
        null => false,
        OperationCanceledException => false,
        TimeoutRejectedException => true,
        InternalServerException => true,
        MalformedResponseException malformed => malformed.IsIncomplete,
        RoboMakerException service => IsThrottling(service) || IsTransientStatus(service.StatusCode),
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError or HttpRequestError.ConfigurationLimitExceeded } => false,
        // A reset can surface as a bare SocketException when it races the request being written.
        HttpRequestException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    /// <summary>Whether an HTTP status is one a retry may fix (500, 502, 503, 504, 429).</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for a transient status.</returns>
    public static bool IsTransientStatus(HttpStatusCode? status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests;
}
