using System.Net;
using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// An error from the RoboMaker deployment API or from talking to it: carries the service's error code,
/// the HTTP status, the request id and the operation. A subclass exists for each error the API models;
/// a code this SDK does not know arrives as this base type with its <see cref="ErrorCode"/>.
/// </summary>
public class RoboMakerException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="serviceMessage">The message the service sent, or the SDK's description of the fault.</param>
    /// <param name="errorCode">The service's error code (<c>ThrottlingException</c>), or null when the reply carried none.</param>
    /// <param name="statusCode">The HTTP status of the reply, or null when there was no reply.</param>
    /// <param name="requestId">The request id from <c>x-amzn-RequestId</c>, or null.</param>
    /// <param name="operation">The operation that failed (<c>CreateDeploymentJob</c>), or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public RoboMakerException(
        string? serviceMessage,
        string? errorCode = null,
        HttpStatusCode? statusCode = null,
        string? requestId = null,
        string? operation = null,
        Exception? innerException = null)
        : base(serviceMessage, innerException)
    {
        ServiceMessage = serviceMessage;
        ErrorCode = errorCode;
        StatusCode = statusCode;
        RequestId = requestId;
        Operation = operation;
    }

    /// <summary>
    /// The service's error code, such as <c>ThrottlingException</c>; null when the reply carried none;
    /// <c>UnknownError</c> when what it carried was not an AWS error code (over 256 characters, or characters outside
    /// <c>[A-Za-z0-9._:-]</c>), so the value stays short enough for a span or metric tag.
    /// </summary>
    public string? ErrorCode { get; }

    /// <summary>The HTTP status of the reply; null when no reply was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The request id the service assigned (<c>x-amzn-RequestId</c>), for support cases.</summary>
    public string? RequestId { get; }

    /// <summary>The operation that failed, such as <c>CreateDeploymentJob</c>.</summary>
    public string? Operation { get; }

    /// <summary>The message the service sent (or the SDK's description of an unreadable reply).</summary>
    public string? ServiceMessage { get; }

    /// <summary>
    /// How many attempts the client sent before giving up (1 when the error was not retried). An attempt that timed out
    /// while waiting for the adaptive retry mode's rate limiter was not sent and is not counted (so a
    /// <see cref="RoboMakerTimeoutException"/> may carry 0).
    /// </summary>
    public int Attempts { get; internal set; } = 1;

    /// <summary>The delay the service asked for in a <c>Retry-After</c> header, if any.</summary>
    public TimeSpan? RetryAfter { get; internal set; }

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var text = new StringBuilder();
            if (Operation is not null) text.Append(Operation).Append(" failed: ");
            if (ErrorCode is not null) text.Append(ErrorCode).Append(": ");
            text.Append(string.IsNullOrEmpty(ServiceMessage) ? "(no message)" : ServiceMessage);
            var details = new List<string>(3);
            if (StatusCode is { } status) details.Add($"HTTP {(int)status}");
            if (RequestId is not null) details.Add($"request id {RequestId}");
            if (Attempts > 1) details.Add($"after {Attempts} attempts");
            if (details.Count > 0) text.Append(" (").AppendJoin(", ", details).Append(')');
            return text.ToString();
        }
    }
}
