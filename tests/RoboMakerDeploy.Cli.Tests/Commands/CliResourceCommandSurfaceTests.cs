using System.Text;
using System.Text.RegularExpressions;

namespace RoboMakerDeploy.Cli.Tests.Commands;

/// <summary>
/// The <c>fleet</c>, <c>robot</c> and <c>app</c> commands' names, options, help names, descriptions and required
/// marks, as <c>--help</c> shows them, stay as recorded in TestData/resource-commands-help.txt: building the
/// options through shared helpers must not change what a user sees. The global options' lines are left out (they
/// belong to every command and are tested with the root's help), and so is the host's name in the usage line; the
/// padding between an option and its description is shortened to two spaces (it follows the widest option, globals included).
/// With RECORD_CLI_HELP=&lt;path&gt; the test also writes what the commands show now there, to review and copy over the file.
/// </summary>
public sealed partial class CliResourceCommandSurfaceTests
{
    private static readonly string[][] Commands =
    [
        ["fleet"], ["fleet", "create"], ["fleet", "describe"], ["fleet", "list"], ["fleet", "delete"],
        ["robot"], ["robot", "create"], ["robot", "describe"], ["robot", "list"], ["robot", "delete"], ["robot", "register"], ["robot", "deregister"],
        ["app"], ["app", "create"], ["app", "create-version"], ["app", "describe"], ["app", "list"], ["app", "update"], ["app", "delete"],
    ];

    [Fact]
    public async Task The_help_of_every_fleet_robot_and_app_command_is_as_recorded()
    {
        var actual = new StringBuilder();
        foreach (var command in Commands)
        {
            var cli = new CliHarness();
            Assert.Equal(0, await cli.RunAsync([.. command, "--help"]));
            actual.Append("$ robomaker-deploy ").Append(string.Join(' ', command)).Append(" --help\n").Append(Own(cli.Out.ToString())).Append('\n');
        }

        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "resource-commands-help.txt"));
        if (Environment.GetEnvironmentVariable("RECORD_CLI_HELP") is { Length: > 0 } record) await File.WriteAllTextAsync(record, actual.ToString());
        Assert.Equal(expected.ReplaceLineEndings("\n"), actual.ToString());
    }

    /// <summary>The help without the global options' lines, the usage line naming robomaker-deploy whatever the host is.</summary>
    private static string Own(string help) =>
        Padding().Replace(UsageHost().Replace(GlobalOptionLine().Replace(help.ReplaceLineEndings("\n"), string.Empty), "  robomaker-deploy "), "  ");

    [GeneratedRegex(@"(?m)^  (?:-\?, -h, --help|--endpoint <|--region <|--profile <|-o, --output <|-v, --verbose ).*\n")]
    private static partial Regex GlobalOptionLine();

    [GeneratedRegex(@"(?m)^  \S+ (?=(?:fleet|robot|app)\b)")]
    private static partial Regex UsageHost();

    [GeneratedRegex(@"(?<=\S) {2,}")]
    private static partial Regex Padding();
}
