using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;
using RoboMakerDeploy;
using RoboMakerDeploy.Auth;
using RoboMakerDeploy.DependencyInjection;
using RoboMakerDeploy.Diagnostics;
using RoboMakerDeploy.Protocol;
using RoboMakerDeploy.Resilience;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="IRoboMakerDeployClient"/> with an <see cref="IHttpClientFactory"/>-managed
/// <see cref="HttpClient"/> whose handler chain retries, observes, reads replies and signs. The Refit
/// interface <see cref="IRoboMakerDeployApi"/> over the same chain is registered beside it, for callers who
/// want the operations exactly as they send them (no validation, no generated idempotency token).
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
            new ClientComponents(sp.GetRequiredService<IOptionsMonitor<RoboMakerDeployClientOptions>>().Get((string)key!)));

        var httpClientName = HttpClientName(name);
        var builder = services.AddHttpClient(httpClientName)
            .ConfigureHttpClient((sp, http) =>
            {
                var components = sp.GetRequiredKeyedService<ClientComponents>(name);
                http.BaseAddress = components.Settings.Endpoint;
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler(sp => RoboMakerResiliencePipeline.CreateHandler(sp.GetRequiredKeyedService<ClientComponents>(name).Resilience))
            .AddHttpMessageHandler(sp =>
            {
                var components = sp.GetRequiredKeyedService<ClientComponents>(name);
                return new AttemptDiagnosticsHandler(components.LoggerFactory, components.Options.TimeProvider) { AttemptsNumberedAbove = true };
            })
            .AddHttpMessageHandler(sp => new ReplyHandler(sp.GetRequiredKeyedService<ClientComponents>(name).Options.TimeProvider))
            .AddHttpMessageHandler(sp =>
            {
                var components = sp.GetRequiredKeyedService<ClientComponents>(name);
                return new SigV4SigningHandler(components.Settings.Credentials, components.Settings.Region, ClientSettings.SigningService, components.Options.TimeProvider);
            });

        services.AddKeyedTransient<IRoboMakerDeployClient>(name, static (sp, key) =>
        {
            var name = (string)key!;
            var components = sp.GetRequiredKeyedService<ClientComponents>(name);
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName(name));
            return new RoboMakerDeployClient(http, components.Options, components.Settings);
        });
        services.AddKeyedTransient<IRoboMakerDeployApi>(name, static (sp, key) =>
        {
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName((string)key!));
            return RestService.ForGenerated<IRoboMakerDeployApi>(http, RefitSettingsFactory.Create());
        });
        if (name.Length == 0)
        {
            services.TryAddTransient(static sp => sp.GetRequiredKeyedService<IRoboMakerDeployClient>(DefaultName));
            services.TryAddTransient(static sp => sp.GetRequiredKeyedService<IRoboMakerDeployApi>(DefaultName));
        }
        return builder;
    }

    private static string HttpClientName(string name) => name.Length == 0 ? "RoboMakerDeploy" : "RoboMakerDeploy:" + name;
}
