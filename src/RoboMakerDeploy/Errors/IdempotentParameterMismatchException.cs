using System.Net;

namespace RoboMakerDeploy;

/// <summary>The request uses the same client token as a previous, but non-identical request. Do not reuse a client token with different requests, unless the requests are identical.</summary>
public sealed class IdempotentParameterMismatchException : RoboMakerException
{
    /// <summary>The service's error code for this error: <c>IdempotentParameterMismatchException</c>.</summary>
    public const string Code = "IdempotentParameterMismatchException";

    /// <summary>Creates the exception.</summary>
    /// <param name="serviceMessage">The message the service sent.</param>
    /// <param name="statusCode">The HTTP status of the reply (the service sends 400).</param>
    /// <param name="requestId">The request id from <c>x-amzn-RequestId</c>, or null.</param>
    /// <param name="operation">The operation that failed, or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public IdempotentParameterMismatchException(
        string? serviceMessage,
        HttpStatusCode? statusCode = (HttpStatusCode)400,
        string? requestId = null,
        string? operation = null,
        Exception? innerException = null)
        : base(serviceMessage, Code, statusCode, requestId, operation, innerException)
    {
    }
}
