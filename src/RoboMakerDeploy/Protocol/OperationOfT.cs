using RoboMakerDeploy.Models;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RoboMakerDeploy;

/// <summary>An operation with its request and response types: see <see cref="Operation"/>.</summary>
/// <typeparam name="TRequest">The request model.</typeparam>
/// <typeparam name="TResponse">The response model.</typeparam>
internal sealed class Operation<TRequest, TResponse> : Operation
    where TResponse : class, IResponseWithMetadata
{
    private readonly Func<TResponse>? _empty;
    private readonly Action<TRequest> _validate;

    public Operation(
        string name,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        Action<TRequest> validate,
        Func<IRoboMakerDeployHttpApi, HttpContent, RoboMakerCall, CancellationToken, Task> send,
        Func<TRequest, TRequest>? withIdempotencyToken = null,
        Func<TResponse>? empty = null)
        : this(name, requestType, responseType, validate, hasBody: true, (api, _, body, call, ct) => send(api, body!, call, ct), withIdempotencyToken, empty)
    {
    }

    /// <summary>
    /// An operation that binds members of the request outside the body (the service model's <c>location</c>: uri or
    /// querystring, as TagResource's <c>resourceArn</c>): <paramref name="send"/> gets the request to fill them in.
    /// When <paramref name="hasBody"/> is false (a GET or DELETE whose input has no body members) nothing is
    /// serialized and no content is sent, as the AWS SDKs do; the SigV4 payload hash is then the empty string's.
    /// </summary>
    public Operation(
        string name,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        Action<TRequest> validate,
        bool hasBody,
        Func<IRoboMakerDeployHttpApi, TRequest, HttpContent?, RoboMakerCall, CancellationToken, Task> send,
        Func<TRequest, TRequest>? withIdempotencyToken = null,
        Func<TResponse>? empty = null)
        : base(name, empty is not null)
    {
        RequestType = requestType;
        ResponseType = responseType;
        _validate = validate;
        HasBody = hasBody;
        Send = send;
        WithIdempotencyToken = withIdempotencyToken;
        _empty = empty;
    }

    /// <summary>The source-generated metadata the request body is written with.</summary>
    public JsonTypeInfo<TRequest> RequestType { get; }

    /// <summary>The source-generated metadata the response body is parsed with.</summary>
    public JsonTypeInfo<TResponse> ResponseType { get; }

    /// <summary>Checks every constraint of the service model; throws an <see cref="ArgumentException"/> naming the wire field.</summary>
    /// <param name="request">The request.</param>
    /// <exception cref="ArgumentException">A constraint is broken; <see cref="ArgumentException.ParamName"/> is the full wire path.</exception>
    public void Validate(TRequest request)
    {
        try
        {
            _validate(request);
        }
        catch (ConstraintViolationException ex)
        {
            // The walkers' own type carries the path while it grows; callers get a plain ArgumentException.
            throw ex.ToArgumentException();
        }
    }


    /// <summary>Whether the request has a JSON body; false for a GET or DELETE whose members all go in the path or query.</summary>
    public bool HasBody { get; }

    /// <summary>
    /// Sends the request through Refit's generated client: the operation's method and path (with the request's uri and
    /// querystring members), the body (null when <see cref="HasBody"/> is false), the call. When the task ends, the
    /// response's model and metadata are on the call.
    /// </summary>
    public Func<IRoboMakerDeployHttpApi, TRequest, HttpContent?, RoboMakerCall, CancellationToken, Task> Send { get; }

    /// <summary>
    /// For an operation that takes an idempotency token: the request with a token when it has none. Called once
    /// per logical call, so every retry sends the same bytes.
    /// </summary>
    public Func<TRequest, TRequest>? WithIdempotencyToken { get; }

    /// <inheritdoc />
    public override ValueTask<object?> DeserializeResponseAsync(Stream body, CancellationToken cancellationToken)
    {
        // Typed, so no object-returning wrapper runs around the parse; a body already in memory (a small response
        // usually is, with its headers) completes without another async step.
        var parse = JsonSerializer.DeserializeAsync(body, ResponseType, cancellationToken);
        return parse.IsCompletedSuccessfully ? new ValueTask<object?>(parse.Result) : AwaitAsync(parse);

        static async ValueTask<object?> AwaitAsync(ValueTask<TResponse?> parse) => await parse.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override object EmptyResponse() => _empty?.Invoke() ?? throw new InvalidOperationException($"{Name} has no empty response.");
}
