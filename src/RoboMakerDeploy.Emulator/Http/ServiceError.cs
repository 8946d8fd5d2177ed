using System.Net;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>An error reply: its HTTP status, its <c>x-amzn-ErrorType</c> code and its message.</summary>
internal sealed class ServiceError(HttpStatusCode status, string code, string message, string errorNamespace = ServiceError.RoboMakerNamespace)
    : Exception(message)
{
    public const string RoboMakerNamespace = "http://internal.amazon.com/coral/com.amazonaws.robomaker/";
    public const string CoralNamespace = "http://internal.amazon.com/coral/com.amazon.coral.service/";

    public HttpStatusCode Status { get; } = status;

    public string Code { get; } = code;

    /// <summary>The <c>x-amzn-ErrorType</c> header value: the code, a colon and the namespace.</summary>
    public string ErrorTypeHeader => Code + ":" + errorNamespace;

    public static ServiceError InvalidParameter(string message) => new(HttpStatusCode.BadRequest, "InvalidParameterException", message);

    public static ServiceError ResourceNotFound(string message) => new(HttpStatusCode.BadRequest, "ResourceNotFoundException", message);

    public static ServiceError ResourceAlreadyExists(string message) => new(HttpStatusCode.BadRequest, "ResourceAlreadyExistsException", message);

    public static ServiceError LimitExceeded(string message) => new(HttpStatusCode.BadRequest, "LimitExceededException", message);

    public static ServiceError ConcurrentDeployment(string message) => new(HttpStatusCode.BadRequest, "ConcurrentDeploymentException", message);

    public static ServiceError IdempotentParameterMismatch(string message) => new(HttpStatusCode.BadRequest, "IdempotentParameterMismatchException", message);

    public static ServiceError Throttling() => new(HttpStatusCode.BadRequest, "ThrottlingException", "Rate exceeded");

    public static ServiceError InternalServer() => new(HttpStatusCode.InternalServerError, "InternalServerException", "AWS RoboMaker experienced a service issue (injected by the emulator). Try your call again.");

    public static ServiceError Serialization(string message) => new(HttpStatusCode.BadRequest, "SerializationException", message, CoralNamespace);

    public static ServiceError UnknownOperation(string method, string path) =>
        new(HttpStatusCode.NotFound, "UnknownOperationException", $"No operation matches {method} {path}; the operations are those of the service model (POST /createFleet, POST /createDeploymentJob, GET /tags/{{resourceArn}}...), listed in the emulator's README.", CoralNamespace);
}
