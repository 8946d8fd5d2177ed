using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using RoboMakerDeploy.Resilience;

namespace RoboMakerDeploy.DependencyInjection;

/// <summary>
/// What one named registration shares across every client and every handler the factory creates: the
/// validated options, the resolved Region, endpoint and credentials, and the resilience pipeline (whose
/// retry budget is therefore client-wide, not per handler lifetime).
/// </summary>
internal sealed class ClientComponents
{
    public ClientComponents(RoboMakerDeployClientOptions options)
    {
        Options = options.Clone();
        Settings = ClientSettings.Resolve(Options);
        LoggerFactory = Options.LoggerFactory ?? NullLoggerFactory.Instance;
        Resilience = RoboMakerResiliencePipeline.CreateForHandler(Options, LoggerFactory.CreateLogger<ResilienceHandler>());
    }

    public RoboMakerDeployClientOptions Options { get; }

    public ClientSettings Settings { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>The pipeline and the time limits every <see cref="ResilienceHandler"/> of this registration shares.</summary>
    public (ResiliencePipeline<HttpResponseMessage> Pipeline, CallTimeouts? Timeouts) Resilience { get; }
}
