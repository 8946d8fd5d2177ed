using System.Net;

namespace RoboMakerDeploy;

/// <summary>AWS RoboMaker experienced a service issue. The client retries it.</summary>
public sealed class InternalServerException : RoboMakerException
{
    /// <summary>The service's error code for this error: <c>InternalServerException</c>.</summary>
    public const string Code = "InternalServerException";

    /// <summary>Creates the exception.</summary>
    /// <param name="serviceMessage">The message the service sent.</param>
    /// <param name="statusCode">The HTTP status of the reply (the service sends 500).</param>
    /// <param name="requestId">The request id from <c>x-amzn-RequestId</c>, or null.</param>
    /// <param name="operation">The operation that failed, or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public InternalServerException(
        string? serviceMessage,
        HttpStatusCode? statusCode = (HttpStatusCode)500,
        string? requestId = null,
        string? operation = null,
        Exception? innerException = null)
        : base(serviceMessage, Code, statusCode, requestId, operation, innerException)
    {
    }
}
