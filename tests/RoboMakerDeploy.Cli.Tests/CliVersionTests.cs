using System.Reflection;
using RoboMakerDeploy.Cli;

namespace RoboMakerDeploy.Cli.Tests;

/// <summary><c>robomaker-deploy --version</c>.</summary>
public sealed class CliVersionTests
{
    [Fact]
    public async Task Version_prints_the_SDK_version_without_the_commit_and_exits_0()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("--version");

        var sdk = typeof(RoboMakerDeployClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(sdk, cli.Out.ToString().Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", sdk);
    }
}
