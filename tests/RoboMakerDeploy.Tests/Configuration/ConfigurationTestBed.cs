
namespace RoboMakerDeploy.Tests.Configuration;

/// <summary>A scoped environment (a dictionary, never the process's) and a temporary home folder with <c>.aws/config</c>.</summary>
internal sealed class ConfigurationTestBed : IDisposable
{
    public string Home { get; } = Directory.CreateTempSubdirectory("rmd-config-").FullName;

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public ConfigurationTestBed(string? config = null)
    {
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
        if (config is not null) WriteConfig(config);
    }

    public string ConfigPath => Path.Combine(Home, ".aws", "config");

    public AwsEnvironment Environment => new(name => Variables.TryGetValue(name, out var v) ? v : null, Home);

    public void WriteConfig(string text) => File.WriteAllText(ConfigPath, text);

    public void WriteCredentials(string text) => File.WriteAllText(Path.Combine(Home, ".aws", "credentials"), text);

    /// <summary>Options that read this bed's environment, with static credentials (nothing real is read).</summary>
    public RoboMakerDeployClientOptions Options(Action<RoboMakerDeployClientOptions>? configure = null)
    {
        var options = new RoboMakerDeployClientOptions
        {
            Environment = Environment,
            Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        };
        configure?.Invoke(options);
        return options;
    }

    public ClientSettings Resolve(Action<RoboMakerDeployClientOptions>? configure = null) => ClientSettings.Resolve(Options(configure));

    public string SourceOf(ClientSettings settings, string name) => settings.Sources.Single(s => s.Name == name).Source;

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
