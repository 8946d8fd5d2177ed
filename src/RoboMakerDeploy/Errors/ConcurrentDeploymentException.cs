using System.Net;

namespace RoboMakerDeploy;

/// <summary>The fleet already has a deployment in progress.</summary>
public sealed class ConcurrentDeploymentException : RoboMakerException
{
    /// <summary>The service's error code for this error: <c>ConcurrentDeploymentException</c>.</summary>
    public const string Code = "ConcurrentDeploymentException";

    /// <summary>Creates the exception.</summary>
    /// <param name="serviceMessage">The message the service sent.</param>
    /// <param name="statusCode">The HTTP status of the reply (the service sends 400).</param>
    /// <param name="requestId">The request id from <c>x-amzn-RequestId</c>, or null.</param>
    /// <param name="operation">The operation that failed, or null.</param>
    /// <param name="innerException">The underlying exception, or null.</param>
    public ConcurrentDeploymentException(
        string? serviceMessage,
        HttpStatusCode? statusCode = (HttpStatusCode)400,
        string? requestId = null,
        string? operation = null,
        Exception? innerException = null)
        : base(serviceMessage, Code, statusCode, requestId, operation, innerException)
    {
    }
}
