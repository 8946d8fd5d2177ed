using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoboMakerDeploy;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="IRoboMakerDeployClient"/> with an <see cref="IHttpClientFactory"/>-managed
/// <see cref="HttpClient"/> whose handler chain retries, observes, reads responses and signs: the same chain, built by
/// the same code, as a client created directly.
/// </summary>
public static class RoboMakerDeployServiceCollectionExtensions
{
    /// <summary>The name of the default (unnamed) registration.</summary>
    public const string DefaultName = "";

    /// <summary>
    /// Registers the default client: options from the <c>RoboMakerDeploy</c> configuration section (when an
    /// <see cref="IConfiguration"/> is registered), then <paramref name="configure"/>; a
    /// <see cref="TimeProvider"/>, <see cref="IAwsCredentialsProvider"/> and <see cref="ILoggerFactory"/>
    /// registered in the container are used. Options are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options after configuration binding; null for none.</param>
    /// <returns>The HTTP client builder, to add handlers of your own (they run after signing, closest to the network).</returns>
    public static IHttpClientBuilder AddRoboMakerDeployClient(this IServiceCollection services, Action<RoboMakerDeployClientOptions>? configure = null) =>
        services.AddRoboMakerDeployClient(DefaultName, configure, RoboMakerDeployClientOptions.SectionName);

    /// <summary>
    /// Registers a named client, resolvable as a keyed <see cref="IRoboMakerDeployClient"/> with key
    /// <paramref name="name"/> or through <see cref="IRoboMakerDeployClientFactory"/>. Several can live
    /// side by side (two Regions, or a real endpoint and an emulator).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration's name (the default client's is the empty string).</param>
    /// <param name="configure">Adjusts the options after configuration binding; null for none.</param>
    /// <param name="configurationSection">The configuration section to bind, e.g. <c>RoboMakerDeploy:Clients:Europe</c>; null for none.</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddRoboMakerDeployClient(
        this IServiceCollection services,
        string name,
        Action<RoboMakerDeployClientOptions>? configure,
        string? configurationSection = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);

        var options = services.AddOptions<RoboMakerDeployClientOptions>(name);
        options.Configure<IServiceProvider>((o, sp) =>
        {
            // Container services are defaults; configuration and the caller's action come after and win.
            if (sp.GetService<TimeProvider>() is { } time) o.TimeProvider = time;
            if (sp.GetService<IAwsCredentialsProvider>() is { } credentials) o.Credentials = credentials;
            if (sp.GetService<ILoggerFactory>() is { } loggers) o.LoggerFactory = loggers;
            if (configurationSection is not null && sp.GetService<IConfiguration>() is { } configuration)
            {
                RoboMakerDeployConfiguration.Bind(configuration.GetSection(configurationSection), o);
            }
        });
        if (configure is not null) options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RoboMakerDeployClientOptions>, RoboMakerDeployOptionsValidator>());
        services.TryAddSingleton<IRoboMakerDeployClientFactory, RoboMakerDeployClientFactory>();

        services.AddKeyedSingleton(name, static (sp, key) =>
            new ClientPipeline(sp.GetRequiredService<IOptionsMonitor<RoboMakerDeployClientOptions>>().Get((string)key!).Clone()));

        var builder = services.AddHttpClient(HttpClientName(name))
            .ConfigureHttpClient((sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredKeyedService<ClientPipeline>(name).Settings.Endpoint;
                // The SDK owns timeouts (per attempt and per call), so HttpClient's own cannot cut across retries.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The factory's own logging handlers would log every request header, Authorization and the session token
            // included, into structured log state: the SDK logs each attempt itself, without them.
            .RemoveAllLoggers()
            // The SDK's handlers, in the order ClientPipeline assembles them, always outermost: handlers the caller adds
            // to the returned builder run after signing, closest to the network.
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                var ours = sp.GetRequiredKeyedService<ClientPipeline>(name).CreateHandlers();
                for (var i = 0; i < ours.Length; i++) handlers.Insert(i, ours[i]);
            });

        services.AddKeyedTransient<IRoboMakerDeployClient>(name, static (sp, key) =>
        {
            var name = (string)key!;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName(name));
            return new RoboMakerDeployClient(http, sp.GetRequiredKeyedService<ClientPipeline>(name));
        });
        if (name.Length == 0)
        {
            services.TryAddTransient(static sp => sp.GetRequiredKeyedService<IRoboMakerDeployClient>(DefaultName));
        }
        return builder;
    }

    private static string HttpClientName(string name) => name.Length == 0 ? "RoboMakerDeploy" : "RoboMakerDeploy:" + name;
}
