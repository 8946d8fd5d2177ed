using System.Net;

namespace RoboMakerDeploy;

/// <summary>AWS RoboMaker is temporarily unable to process the request: the caller is throttled. The service sends it with HTTP 400; the client retries it with backoff.</summary>
public sealed class ThrottlingException : RoboMakerException
{
    /// <summary>The service's error code for this error: <c>ThrottlingException</c>.</summary>
    public const string Code = "ThrottlingException";

    /// <summary>Creates the exception.</summary>
    /// <param name="serviceMessage">The message the service sent.</param>
    /// <param name="statusCode">The HTTP status of the reply (the service sends 400).</param>
    /// <param name="requestId">The request id from <c>x-amzn-RequestId</c>, or null.</param>
    /// <param name="operation">The operation that failed, or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public ThrottlingException(
        string? serviceMessage,
        HttpStatusCode? statusCode = (HttpStatusCode)400,
        string? requestId = null,
        string? operation = null,
        Exception? innerException = null)
        : base(serviceMessage, Code, statusCode, requestId, operation, innerException)
    {
    }
}
