using System.Net;

namespace RoboMakerDeploy;

/// <summary>
/// The state of one logical call as it travels down the handler chain and back, as Azure.Core's
/// <c>HttpMessage</c> or the AWS SDK's execution context: the client creates it, Refit puts it on the request
/// (<see cref="HttpRequestMessage.Options"/>, under <see cref="Key"/>), and each handler reads or updates only
/// what it owns. Handlers do not talk to each other any other way.
/// </summary>
internal sealed class RoboMakerCall(Operation operation, byte[] body)
{
    /// <summary>The name of the request option that carries the call (Refit's <c>[Property]</c> key).</summary>
    public const string PropertyName = "RoboMakerDeploy.Call";

    /// <summary>The typed key of the request option that carries the call.</summary>
    public static readonly HttpRequestOptionsKey<RoboMakerCall> Key = new(PropertyName);

    /// <summary>The operation being called.</summary>
    public Operation Operation { get; } = operation;

    /// <summary>The request body as sent (serialized once per call, so every attempt signs and sends the same bytes).</summary>
    public byte[] Body { get; } = body;

    /// <summary>
    /// The attempt under way, 1 for the first; 0 until one is sent (written by the retry handler as each attempt is
    /// sent: in the adaptive retry mode, once the rate limiter has granted its token).
    /// </summary>
    public int Attempt { get; set; }

    /// <summary>The id every attempt of this call carries in <c>amz-sdk-invocation-id</c>, as the AWS SDKs send it.</summary>
    public string InvocationId { get; } = SdkIdentification.NewInvocationId();

    /// <summary>The call's overall limit, when <see cref="RoboMakerDeployClientOptions.Timeout"/> sets one (written by the retry handler).</summary>
    public CallDeadline? Deadline { get; set; }

    /// <summary>The retry quota's tokens the last retry took (written by the retry strategy), given back on success.</summary>
    public int LastRetryCost { get; set; }

    /// <summary>
    /// The delay before the next attempt, decided once per retry by the retry strategy's <c>ShouldHandle</c> (which
    /// refuses a retry that could not start before <see cref="Deadline"/>) and waited by its <c>DelayGenerator</c>.
    /// </summary>
    public TimeSpan? NextRetryDelay { get; set; }

    /// <summary>How many attempts the service throttled so far (written by the response handler).</summary>
    public int ThrottledAttempts { get; set; }

    /// <summary>The request id of the last response (written by the response handler).</summary>
    public string? RequestId { get; set; }

    /// <summary>The HTTP status of the last response (written by the response handler).</summary>
    public HttpStatusCode? StatusCode { get; set; }

    /// <summary>The parsed response model, once a successful response has been read (written by the response handler).</summary>
    public object? Response { get; set; }

    /// <summary>
    /// The secret parts of the last signed attempt (signature and session token), so that text the server echoes
    /// back can be scrubbed of them (written by the signing handler).
    /// </summary>
    public SentSecrets Secrets { get; set; }

    /// <summary>The metadata of the successful response.</summary>
    public ResponseMetadata Metadata() => new()
    {
        RequestId = RequestId,
        HttpStatusCode = StatusCode ?? HttpStatusCode.OK,
        Attempts = Attempt,
        ThrottledAttempts = ThrottledAttempts,
    };

    /// <summary>The call a request belongs to.</summary>
    /// <exception cref="InvalidOperationException">The request was not sent by <see cref="RoboMakerDeployClient"/>.</exception>
    public static RoboMakerCall Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var call) && call is not null
            ? call
            : throw new InvalidOperationException("The request was not sent by RoboMakerDeployClient: its handlers only serve the client's own calls.");
}
