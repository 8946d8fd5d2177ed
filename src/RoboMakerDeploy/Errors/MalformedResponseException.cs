using System.Net;

namespace RoboMakerDeploy;

/// <summary>
/// A response the SDK could not read: an empty or truncated body, HTML from a proxy, or JSON of the wrong
/// shape where a successful response was expected. The message carries a short excerpt of what arrived. An
/// incomplete response (<see cref="IsIncomplete"/>) is retried like a connection fault; well-formed JSON of
/// the wrong shape is a contract mismatch that another attempt would not change, and is not.
/// </summary>
public sealed class MalformedResponseException : RoboMakerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong, with an excerpt of the body.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="requestId">The request id, or null.</param>
    /// <param name="operation">The operation, or null.</param>
    /// <param name="innerException">The parse error, or null.</param>
    public MalformedResponseException(string message, HttpStatusCode? statusCode, string? requestId = null, string? operation = null, Exception? innerException = null)
        : base(message, errorCode: null, statusCode, requestId, operation, innerException)
    {
    }

    /// <summary>
    /// True when the body was empty, cut short or not JSON at all (worth another attempt); false when it
    /// was well-formed JSON that does not fit the response's shape.
    /// </summary>
    public bool IsIncomplete { get; init; } = true;
}
