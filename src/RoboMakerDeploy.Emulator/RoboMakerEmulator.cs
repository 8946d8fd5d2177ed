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
using RoboMakerDeploy.Emulator.Persistence;
using RoboMakerDeploy.Emulator.State;
using RoboMakerDeploy.Emulator.Verification;

namespace RoboMakerDeploy.Emulator;

/// <summary>
/// A local emulator of the RoboMaker fleet-deployment API (fleets, robots, robot applications, deployment jobs,
/// tags): a real HTTP server on 127.0.0.1 that speaks the service's wire format and keeps a world. Point a client's <c>ServiceUrl</c> at <see cref="Endpoint"/>:
/// <code>
/// await using var emulator = await RoboMakerEmulator.StartAsync();
/// using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions { ServiceUrl = emulator.Endpoint, ... });
/// </code>
/// </summary>
public sealed class RoboMakerEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DeploymentService _service;
    private readonly World _world;
    private readonly RoboMakerEmulatorOptions _options;
    private int _disposed;

    private RoboMakerEmulator(WebApplication app, DeploymentService service, World world, EmulatorFaults faults, Uri endpoint, RoboMakerEmulatorOptions options, bool verifiesSignatures)
    {
        _app = app;
        _service = service;
        _world = world;
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

    /// <summary>Whether requests' SigV4 signatures are verified (false when <see cref="RoboMakerEmulatorOptions.RequireSignatures"/> is off).</summary>
    public bool VerifiesSignatures { get; }

    /// <summary>A copy of the options the emulator runs with.</summary>
    public RoboMakerEmulatorOptions Options => _options.Clone();

    /// <summary>Starts an emulator and returns once it listens.</summary>
    /// <param name="options">The settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    /// <exception cref="InvalidDataException"><see cref="RoboMakerEmulatorOptions.StateFile"/> exists but does not hold a saved world of this Region and account.</exception>
    /// <exception cref="IOException"><see cref="RoboMakerEmulatorOptions.StateFile"/> exists but cannot be read.</exception>
    public static async Task<RoboMakerEmulator> StartAsync(RoboMakerEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new RoboMakerEmulatorOptions()).Clone();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid RoboMakerEmulatorOptions: " + string.Join(" ", problems), nameof(options));
        }

        var world = new World(options);
        if (options.StateFile is { } stateFile && File.Exists(stateFile)) WorldStateFile.Load(world, stateFile);
        var service = new DeploymentService(world, options);
        var faults = new EmulatorFaults();
        var verifier = new SignatureVerifier(options);
        var handler = new EmulatorRequestHandler(service, new ResourceService(world), world, faults, verifier, options);

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
        if (options.Logger is { } log) EmulatorLog.Listening(log, endpoint, options.Region);
        return new RoboMakerEmulator(app, service, world, faults, endpoint, options, verifier.VerifiesSignatures);
    }

    /// <summary>Adds a robot failure to simulate in jobs created from now on.</summary>
    /// <param name="failure">The failure.</param>
    public void AddScriptedFailure(ScriptedRobotFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Validate() is { } problem) throw new ArgumentException(problem, nameof(failure));
        _service.AddScriptedFailure(failure);
    }

    /// <summary>
    /// Tells the emulator an S3 object's current etag (the emulator has no S3 of its own). A robot application
    /// version records its sources' etags when it is created; a deployment of it fails with <c>EtagMismatch</c> on
    /// robots whose source object has since changed. Objects the emulator was never told about count as present,
    /// their etag derived from bucket and key.
    /// </summary>
    /// <param name="bucket">The bucket (s3Bucket).</param>
    /// <param name="key">The key (s3Key).</param>
    /// <param name="etag">The object's etag.</param>
    public void PutS3Object(string bucket, string key, string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        lock (_world.Lock) _world.S3Objects[(bucket, key)] = etag;
    }

    /// <summary>
    /// Tells the emulator an S3 object was deleted: a deployment whose download condition file it is fails with
    /// <c>DownloadConditionFailed</c>; one whose application source it is fails with <c>ResourceNotFound</c>.
    /// </summary>
    /// <param name="bucket">The bucket.</param>
    /// <param name="key">The key.</param>
    public void DeleteS3Object(string bucket, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_world.Lock) _world.S3Objects[(bucket, key)] = null;
    }

    /// <summary>
    /// Writes the world to a state file now (as <c>POST /_emulator/save</c> does): fleets, robots, robot
    /// applications and versions, tags, deployment jobs and their state, deleted ARNs and S3 objects. Another
    /// emulator started with <see cref="RoboMakerEmulatorOptions.StateFile"/> set to it continues from there.
    /// </summary>
    /// <param name="path">The file to write; null for <see cref="RoboMakerEmulatorOptions.StateFile"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="path"/> is null and the emulator has no state file.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public async Task<string> SaveStateAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        path ??= _options.StateFile ?? throw new InvalidOperationException("The emulator has no state file (RoboMakerEmulatorOptions.StateFile); name the file to write.");
        var report = await WorldStateFile.SaveAsync(_world, path, cancellationToken).ConfigureAwait(false);
        return report.StateFile;
    }

    /// <summary>Removes every scripted failure for jobs created from now on (running jobs keep theirs).</summary>
    public void ClearScriptedFailures() => _service.ClearScriptedFailures();

    /// <summary>Stops the server, then saves the world to <see cref="RoboMakerEmulatorOptions.StateFile"/> when one is set.</summary>
    /// <returns>A task that completes when the server has stopped (and the world is saved).</returns>
    /// <exception cref="IOException">The state file cannot be written (the server is stopped all the same).</exception>
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
        // Saved after the server stopped, so no request changes the world behind the save.
        if (_options.StateFile is { } stateFile) await WorldStateFile.SaveAsync(_world, stateFile, CancellationToken.None).ConfigureAwait(false);
    }
}
