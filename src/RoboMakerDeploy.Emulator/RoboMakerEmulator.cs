using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Emulator.Hosting;
using RoboMakerDeploy.Emulator.Http;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Emulator.Verification;

namespace RoboMakerDeploy.Emulator;

/// <summary>
/// A local emulator of the RoboMaker deployment-job API: a real HTTP server on 127.0.0.1 that speaks the
/// service's wire format. Point a client's <c>ServiceUrl</c> at <see cref="Endpoint"/>:
/// <code>
/// await using var emulator = await RoboMakerEmulator.StartAsync();
/// using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions { ServiceUrl = emulator.Endpoint, ... });
/// </code>
/// </summary>
public sealed class RoboMakerEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DeploymentService _service;
    private readonly RoboMakerEmulatorOptions _options;
    private int _disposed;

    private RoboMakerEmulator(WebApplication app, DeploymentService service, EmulatorFaults faults, Uri endpoint, RoboMakerEmulatorOptions options, bool verifiesSignatures)
    {
        _app = app;
        _service = service;
        Faults = faults;
        Endpoint = endpoint;
        Region = options.Region;
        _options = options;
        VerifiesSignatures = verifiesSignatures;
    }

    /// <summary>The base URL of the server, e.g. <c>http://127.0.0.1:49731/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The Region the emulator serves.</summary>
    public string Region { get; }

    /// <summary>The faults to inject into the next replies.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>Whether requests' SigV4 signatures are verified (false when not required, or when this build has no verifier).</summary>
    public bool VerifiesSignatures { get; }

    /// <summary>A copy of the options the emulator runs with.</summary>
    public RoboMakerEmulatorOptions Options => _options.Clone();

    /// <summary>Starts an emulator and returns once it listens.</summary>
    /// <param name="options">The settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static async Task<RoboMakerEmulator> StartAsync(RoboMakerEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new RoboMakerEmulatorOptions()).Clone();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid RoboMakerEmulatorOptions: " + string.Join(" ", problems), nameof(options));
        }

        var service = new DeploymentService(options);
        var faults = new EmulatorFaults();
        var authenticator = RequestAuthenticatorFactory.Create(options);
        var handler = new EmulatorRequestHandler(service, faults, authenticator, options);

        // Args = [] and explicit listening keep the host's configuration (ASPNETCORE_URLS, appsettings) out of it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.Services.Configure<HostOptions>(static host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Bodies are cut off while they are read (a chunked one included), not buffered whole first.
            kestrel.Limits.MaxRequestBodySize = EmulatorRequestHandler.MaxBodyBytes;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });

        var app = builder.Build();
        app.Run(handler.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without reporting its address.");
        var port = new Uri(address).Port;
        var endpoint = new Uri($"http://127.0.0.1:{port}/");
        if (options.Logger is { } logger && authenticator.VerifiesSignatures != options.RequireSignatures)
        {
            EmulatorLog.SignaturesNotVerified(logger);
        }
        if (options.Logger is { } log) EmulatorLog.Listening(log, endpoint, options.Region);
        return new RoboMakerEmulator(app, service, faults, endpoint, options, authenticator.VerifiesSignatures);
    }

    /// <summary>Adds a robot failure to simulate in jobs created from now on.</summary>
    /// <param name="failure">The failure.</param>
    public void AddScriptedFailure(ScriptedRobotFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Validate() is { } problem) throw new ArgumentException(problem, nameof(failure));
        _service.AddScriptedFailure(failure);
    }

    /// <summary>Removes every scripted failure for jobs created from now on (running jobs keep theirs).</summary>
    public void ClearScriptedFailures() => _service.ClearScriptedFailures();

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
