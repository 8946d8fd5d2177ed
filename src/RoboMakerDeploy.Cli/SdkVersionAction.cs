using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace RoboMakerDeploy.Cli;

/// <summary><c>--version</c>: prints the version of the RoboMakerDeploy SDK the tool is built on (the tool ships with it).</summary>
internal sealed class SdkVersionAction : SynchronousCommandLineAction
{
    /// <summary>The SDK's version, without the commit suffix of the informational version (<c>0.1.0</c>).</summary>
    public static string SdkVersion { get; } = ReadSdkVersion();

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(SdkVersion);
        return ExitCodes.Success;
    }

    private static string ReadSdkVersion()
    {
        var version = typeof(RoboMakerDeployClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(RoboMakerDeployClient).Assembly.GetName().Version?.ToString()
            ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
