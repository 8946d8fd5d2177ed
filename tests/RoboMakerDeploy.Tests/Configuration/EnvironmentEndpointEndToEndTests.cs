using RoboMakerDeploy.Cli;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;
using Spectre.Console.Testing;

namespace RoboMakerDeploy.Tests.Configuration;

/// <summary>
/// With only <c>AWS_ENDPOINT_URL_ROBOMAKER</c> naming a local (signature-checking) emulator, the SDK and the CLI reach
/// it and sign for the configured Region; the environment is a scoped dictionary, never the process's.
/// </summary>
public sealed class EnvironmentEndpointEndToEndTests : IAsyncLifetime, IDisposable
{
    private readonly ConfigurationTestBed _bed = new();
    private RoboMakerEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions { Region = "eu-central-1" });
        _bed.Variables["AWS_ENDPOINT_URL_ROBOMAKER"] = _emulator.Endpoint.ToString();
        _bed.Variables["AWS_REGION"] = "eu-central-1";
        _bed.Variables["AWS_ACCESS_KEY_ID"] = RoboMakerEmulatorOptions.ExampleAccessKeyId;
        _bed.Variables["AWS_SECRET_ACCESS_KEY"] = RoboMakerEmulatorOptions.ExampleSecretAccessKey;
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task The_sdk_reaches_the_endpoint_the_environment_names_and_signs_for_the_Region()
    {
        using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions { Environment = _bed.Environment, MaxAttempts = 1 });
        Assert.Equal(_emulator.Endpoint, client.Endpoint);
        Assert.Equal("eu-central-1", client.Region);
        var reply = await client.ListDeploymentJobsAsync(new ListDeploymentJobsRequest());
        Assert.Empty(reply.DeploymentJobs);

        // Signed for another Region, the emulator refuses the same request: the Region really is in the signature.
        _bed.Variables["AWS_REGION"] = "us-east-1";
        using var wrongRegion = new RoboMakerDeployClient(new RoboMakerDeployClientOptions { Environment = _bed.Environment, MaxAttempts = 1 });
        await Assert.ThrowsAnyAsync<RoboMakerException>(() => wrongRegion.ListDeploymentJobsAsync(new ListDeploymentJobsRequest()));
    }

    [Fact]
    public async Task The_cli_needs_no_endpoint_option_and_config_shows_each_source_with_secrets_masked()
    {
        var (code, output, error) = await RunCliAsync("list", "-o", "json");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal("[]", output.Trim()); // the emulator's (empty) job list

        (code, output, error) = await RunCliAsync("config", "-o", "json");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"\"value\": \"{_emulator.Endpoint}\",\n    \"source\": \"environment AWS_ENDPOINT_URL_ROBOMAKER\"", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"source\": \"environment AWS_REGION\"", output, StringComparison.Ordinal);
        Assert.Contains("\"value\": \"*******MPLE\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIDEXAMPLE", output, StringComparison.Ordinal);
        Assert.DoesNotContain(RoboMakerEmulatorOptions.ExampleSecretAccessKey, output, StringComparison.Ordinal);

        (code, output, error) = await RunCliAsync("config");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("max_attempts", output, StringComparison.Ordinal);
        Assert.Contains("(set, hidden)", output, StringComparison.Ordinal);

        (code, _, error) = await RunCliAsync("list", "--verbose");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains($"config: endpoint_url = {_emulator.Endpoint} (environment AWS_ENDPOINT_URL_ROBOMAKER)", error, StringComparison.Ordinal);
        Assert.DoesNotContain(RoboMakerEmulatorOptions.ExampleSecretAccessKey, error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Console = console,
            Out = output,
            Error = error,
            ConfigureClient = options => options.Environment = _bed.Environment,
        };
        var code = await CliApp.RunAsync(args, environment);
        return (code, console.Output + output, error.ToString());
    }
}
