using Microsoft.Extensions.Time.Testing;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>A temporary home folder with <c>.aws/</c>, an injected environment and a fake clock, for provider tests.</summary>
internal sealed class CredentialsSandbox : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public CredentialsSandbox()
    {
        Home = Directory.CreateTempSubdirectory("rmd-auth-").FullName;
        Directory.CreateDirectory(Path.Combine(Home, ".aws"));
    }

    public string Home { get; }

    public Dictionary<string, string> Env { get; } = new(StringComparer.Ordinal);

    public FakeTimeProvider Time { get; } = new(Start);

    public AwsEnvironment Environment => new(name => Env.TryGetValue(name, out var v) ? v : null, Home);

    public string CredentialsFile => Path.Combine(Home, ".aws", "credentials");

    public string ConfigFile => Path.Combine(Home, ".aws", "config");

    public IAwsCredentialsProvider Chain(string? profile = null) => DefaultCredentialsProvider.Create(profile, Time, Environment);

    /// <summary>Writes an executable shell script and returns its path.</summary>
    public string WriteScript(string body)
    {
        var path = Path.Combine(Home, $"process-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>A script that prints <paramref name="output"/> verbatim on standard output.</summary>
    public string PrintingScript(string output, string? stderr = null, int exitCode = 0) =>
        WriteScript($"cat <<'EOF'\n{output}\nEOF\n" + (stderr is null ? string.Empty : $"cat >&2 <<'EOF'\n{stderr}\nEOF\n") + $"exit {exitCode}\n");

    public void Dispose() => Directory.Delete(Home, recursive: true);
}
