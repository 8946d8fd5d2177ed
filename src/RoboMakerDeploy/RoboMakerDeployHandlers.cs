using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMakerDeploy.Auth;
using RoboMakerDeploy.Diagnostics;
using RoboMakerDeploy.Protocol;
using RoboMakerDeploy.Resilience;

namespace RoboMakerDeploy;

/// <summary>
/// Builds the client's handler chain: resilience (retries, timeouts) → per-attempt diagnostics → reply reading → SigV4 signing →
/// transport. Retries sit above signing, so every attempt is signed afresh.
/// </summary>
internal static class RoboMakerDeployHandlers
{
    public static HttpMessageHandler CreateChain(RoboMakerDeployClientOptions options, ClientSettings settings, HttpMessageHandler transport)
    {
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var signing = new SigV4SigningHandler(settings.Credentials, settings.Region, ClientSettings.SigningService, options.TimeProvider)
        {
            InnerHandler = transport,
        };
        var reply = new ReplyHandler(options.TimeProvider) { InnerHandler = signing };
        var diagnostics = new AttemptDiagnosticsHandler(loggerFactory, options.TimeProvider) { InnerHandler = reply, AttemptsNumberedAbove = true };
        var resilience = RoboMakerResiliencePipeline.CreateHandler(RoboMakerResiliencePipeline.CreateForHandler(options, loggerFactory.CreateLogger<ResilienceHandler>()));
        resilience.InnerHandler = diagnostics;
        return resilience;
    }
}
