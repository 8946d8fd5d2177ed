using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace RoboMakerDeploy;

/// <summary>
/// The one place the client's handler chain is assembled, for the direct constructors and for
/// <c>AddRoboMakerDeployClient</c> alike, and what the chain's handlers share across calls (the retry pipeline with its
/// client-wide budget, the learnt clock skew). A call goes down the chain in this order:
/// <list type="number">
/// <item><see cref="RetryHandler"/>: the Polly pipeline (caller's strategies, retry, one timeout per attempt cut at the call's limit); numbers the attempts; in the adaptive retry mode, the client-side rate limiter.</item>
/// <item><see cref="AttemptDiagnosticsHandler"/>: one log event, span and counter update per attempt.</item>
/// <item><see cref="IdentificationHandler"/>: <c>User-Agent</c>, <c>amz-sdk-invocation-id</c> and <c>amz-sdk-request</c>, as the AWS SDKs send them.</item>
/// <item><see cref="ResponseHandler"/>: reads the response inside the retry scope (streams a success into its model, turns an error into its exception).</item>
/// <item><see cref="SigningHandler"/>: signs the attempt with SigV4.</item>
/// <item>the transport (a <see cref="SocketsHttpHandler"/>, the caller's handler, or an in-memory one in tests).</item>
/// </list>
/// </summary>
internal sealed class ClientPipeline
{
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ClientRateLimiter? _rateLimiter;
    private readonly ClockSkew _clockSkew;

    /// <summary>Resolves the settings and builds the shared pieces.</summary>
    /// <param name="options">Validated options the pipeline owns (a copy of the caller's).</param>
    public ClientPipeline(RoboMakerDeployClientOptions options)
    {
        Options = options;
        Settings = ClientSettings.Resolve(options);
        LoggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _retry = RetryStrategy.CreatePipeline(options, Settings.MaxAttempts, LoggerFactory.CreateLogger("RoboMakerDeploy.Retry"));
        _rateLimiter = Settings.RetryMode == RetryMode.Adaptive ? new ClientRateLimiter(options.TimeProvider) : null;
        _clockSkew = new ClockSkew(options.TimeProvider);
    }

    /// <summary>The options the client was built from.</summary>
    public RoboMakerDeployClientOptions Options { get; }

    /// <summary>The resolved Region, endpoint and credentials.</summary>
    public ClientSettings Settings { get; }

    /// <summary>The logger factory of the SDK's logs (a null one when none was given).</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>A new set of the chain's handlers, outermost first, not yet linked (an <c>IHttpClientFactory</c> links its own).</summary>
    public DelegatingHandler[] CreateHandlers() =>
    [
        new RetryHandler(_retry, _rateLimiter, Options.TimeProvider, Options.Timeout),
        new AttemptDiagnosticsHandler(LoggerFactory, Options.TimeProvider),
        new IdentificationHandler(Settings.UserAgent, Settings.MaxAttempts),
        new ResponseHandler(_clockSkew, Options.TimeProvider, Options.MaxResponseContentBufferSize),
        new SigningHandler(Settings.Credentials, Settings.Region, ClientSettings.SigningService, _clockSkew),
    ];

    /// <summary>The chain over <paramref name="transport"/>.</summary>
    public HttpMessageHandler CreateChain(HttpMessageHandler transport)
    {
        var handlers = CreateHandlers();
        for (var i = 0; i < handlers.Length; i++)
        {
            handlers[i].InnerHandler = i + 1 < handlers.Length ? handlers[i + 1] : transport;
        }
        return handlers[0];
    }
}
