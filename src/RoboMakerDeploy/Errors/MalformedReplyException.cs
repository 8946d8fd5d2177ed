using System.Net;

namespace RoboMakerDeploy;

/// <summary>
/// A reply the SDK could not read: an empty or truncated body, HTML from a proxy, or JSON of the wrong
/// shape where a success reply was expected. It is retried like a connection fault, and the message
/// carries a short excerpt of what arrived.
/// </summary>
public sealed class MalformedReplyException : RoboMakerException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong, with an excerpt of the body.</param>
    /// <param name="statusCode">The HTTP status of the reply.</param>
    /// <param name="requestId">The request id, or null.</param>
    /// <param name="operation">The operation, or null.</param>
    /// <param name="innerException">The parse error, or null.</param>
    public MalformedReplyException(string message, HttpStatusCode? statusCode, string? requestId = null, string? operation = null, Exception? innerException = null)
        : base(message, errorCode: null, statusCode, requestId, operation, innerException)
    {
    }
}
