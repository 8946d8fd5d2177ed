using System.Net;
using System.Text;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Emulator.Tool;

namespace RoboMakerDeploy.Emulator.Tests.Tool;

/// <summary>robomaker-emulator's command line (System.CommandLine): every option, its errors (exit code 2), and a run that stops on its token.</summary>
public class EmulatorToolCommandLineTests
{
    [Fact]
    public void No_arguments_give_port_4566_and_the_documented_defaults()
    {
        var (options, errors) = EmulatorTool.Parse([]);

        Assert.Empty(errors);
        Assert.NotNull(options);
        Assert.Equal(4566, options.Port);
        Assert.Equal("us-west-2", options.Region);
        Assert.Equal("123456789012", options.AccountId);
        Assert.Equal(8, options.RobotsPerFleet);
        Assert.Equal(TimeSpan.FromSeconds(5), options.JobDuration);
        Assert.True(options.RequireSignatures);
        Assert.Equal(EmulatorWorldMode.AutoCreate, options.WorldMode);
        Assert.Null(options.StateFile);
        Assert.Equal(RoboMakerEmulatorOptions.ExampleSecretAccessKey, options.Credentials[RoboMakerEmulatorOptions.ExampleAccessKeyId]);
    }

    [Fact]
    public void Every_option_is_read_in_both_spellings()
    {
        var (options, errors) = EmulatorTool.Parse(["--port", "0", "--region=eu-west-1", "--access-key", "AKIDTEST", "--secret-key=s3cr3t", "--robots-per-fleet", "3", "--job-seconds", "1.5", "--no-signatures", "--strict", "--account=210987654321", "--state-file", "world.json"]);

        Assert.Empty(errors);
        Assert.NotNull(options);
        Assert.Equal(0, options.Port);
        Assert.Equal("eu-west-1", options.Region);
        Assert.Equal(3, options.RobotsPerFleet);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.JobDuration);
        Assert.False(options.RequireSignatures);
        Assert.Equal(EmulatorWorldMode.Strict, options.WorldMode);
        Assert.Equal("210987654321", options.AccountId);
        Assert.Equal(["AKIDTEST"], options.Credentials.Keys);
        Assert.Equal("s3cr3t", options.Credentials["AKIDTEST"]);
        Assert.Equal("world.json", options.StateFile);
    }

    [Theory]
    [InlineData("strict", EmulatorWorldMode.Strict)]
    [InlineData("auto-create", EmulatorWorldMode.AutoCreate)]
    public void World_mode_names_the_mode(string mode, EmulatorWorldMode expected)
    {
        var (options, errors) = EmulatorTool.Parse(["--world-mode", mode]);

        Assert.Empty(errors);
        Assert.Equal(expected, options!.WorldMode);
    }

    [Theory]
    [InlineData("--port must be a number from 0 to 65535; got '70000'", "--port", "70000")]
    [InlineData("--port must be a number from 0 to 65535; got 'abc'", "--port", "abc")]
    [InlineData("--robots-per-fleet must be a number from 1 to 1000; got '0'", "--robots-per-fleet", "0")]
    [InlineData("--job-seconds must be a positive number of seconds (at most 86400); got '-1'", "--job-seconds", "-1")]
    [InlineData("--job-seconds must be a positive number of seconds (at most 86400); got '86401'", "--job-seconds", "86401")]
    [InlineData("--region: Region 'Not A Region' is not a valid AWS Region name", "--region", "Not A Region")]
    [InlineData("--access-key and --secret-key go together", "--access-key", "AKIDONLY")]
    [InlineData("--bogus", "--bogus", "1")]
    [InlineData("--account: AccountId must be 12 digits", "--account", "12345")]
    [InlineData("auto-create", "--world-mode", "lenient")]
    [InlineData("--state-file must name a file", "--state-file", "")]
    public async Task Bad_arguments_exit_with_2_and_a_message_naming_the_problem(string message, string option, string value)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await EmulatorTool.RunAsync([option, value], output, error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("robomaker-emulator --help", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(EmulatorTool.ListeningPrefix, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_and_world_mode_auto_create_contradict_each_other()
    {
        var error = new StringWriter();

        var exitCode = await EmulatorTool.RunAsync(["--strict", "--world-mode", "auto-create"], new StringWriter(), error, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("--strict and --world-mode auto-create contradict each other", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_value_is_a_usage_error_and_help_lists_every_option()
    {
        var error = new StringWriter();
        Assert.Equal(2, await EmulatorTool.RunAsync(["--port"], new StringWriter(), error, CancellationToken.None));
        Assert.Contains("--port", error.ToString(), StringComparison.Ordinal);

        var help = new StringWriter();
        Assert.Equal(0, await EmulatorTool.RunAsync(["--help"], help, new StringWriter(), CancellationToken.None));
        foreach (var option in new[] { "--port", "--region", "--access-key", "--secret-key", "--robots-per-fleet", "--job-seconds", "--no-signatures", "--strict", "--world-mode", "--account", "--state-file" })
        {
            Assert.Contains(option, help.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Version_prints_the_emulator_package_version()
    {
        var output = new StringWriter();

        Assert.Equal(0, await EmulatorTool.RunAsync(["--version"], output, new StringWriter(), CancellationToken.None));

        Assert.Matches(@"^\d+\.\d+\.\d+[^+\s]*\r?\n$", output.ToString());
    }

    [Fact]
    public async Task Port_0_serves_on_a_free_port_announced_as_Listening_on_and_the_token_stops_it_and_saves_the_world()
    {
        var stateFile = Path.Combine(Path.GetTempPath(), $"emulator-tool-{Guid.NewGuid():N}.json");
        try
        {
            var output = new LineSignalWriter(EmulatorTool.ListeningPrefix);
            using var stop = new CancellationTokenSource();
            var run = EmulatorTool.RunAsync(["--port", "0", "--no-signatures", "--state-file", stateFile], output, new StringWriter(), stop.Token);

            var line = await output.Line.WaitAsync(TimeSpan.FromSeconds(30));
            var url = new Uri(line[EmulatorTool.ListeningPrefix.Length..]);
            using var http = new HttpClient { BaseAddress = url };
            using var health = await http.GetAsync(new Uri("/_emulator/health", UriKind.Relative));
            using var fleet = await http.PostAsync(new Uri("/createFleet", UriKind.Relative), new StringContent("""{"name":"kept"}""", Encoding.UTF8, "application/json"));
            stop.Cancel();
            var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Matches(@"^http://127\.0\.0\.1:\d+$", line[EmulatorTool.ListeningPrefix.Length..]);
            Assert.NotEqual(0, url.Port);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fleet.StatusCode);
            Assert.Equal(0, exitCode);
            Assert.Contains(":deployment-fleet/kept/", await File.ReadAllTextAsync(stateFile), StringComparison.Ordinal);
            Assert.Contains($"World saved to {stateFile}.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(stateFile);
        }
    }

    [Fact]
    public async Task A_port_in_use_exits_with_1()
    {
        await using var first = await RoboMakerEmulator.StartAsync();
        var error = new StringWriter();

        var exitCode = await EmulatorTool.RunAsync(["--port", first.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)], new StringWriter(), error, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: the emulator could not start", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_file_that_is_not_a_world_exits_with_1_naming_the_file()
    {
        var stateFile = Path.Combine(Path.GetTempPath(), $"emulator-tool-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(stateFile, "not json");
        try
        {
            var error = new StringWriter();

            var exitCode = await EmulatorTool.RunAsync(["--port", "0", "--state-file", stateFile], new StringWriter(), error, CancellationToken.None);

            Assert.Equal(1, exitCode);
            Assert.Contains($"The state file {stateFile} is not a saved emulator world", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(stateFile);
        }
    }

    /// <summary>A writer that completes <see cref="Line"/> with the first line starting with a prefix (no polling of the output).</summary>
    private sealed class LineSignalWriter(string prefix) : StringWriter
    {
        private readonly TaskCompletionSource<string> _line = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> Line => _line.Task;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith(prefix, StringComparison.Ordinal)) _line.TrySetResult(value);
        }
    }
}
