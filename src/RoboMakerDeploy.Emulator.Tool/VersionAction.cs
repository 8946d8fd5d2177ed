using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace RoboMakerDeploy.Emulator.Tool;

/// <summary><c>--version</c>: prints the emulator's package version, without the commit suffix (<c>0.1.0</c>).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public static string Version { get; } = ReadVersion();

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }

    private static string ReadVersion()
    {
        var assembly = typeof(RoboMakerEmulator).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
