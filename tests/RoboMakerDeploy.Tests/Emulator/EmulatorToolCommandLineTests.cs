using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Emulator.Hosting;

namespace RoboMakerDeploy.Tests.Emulator;

public class EmulatorCommandLineTests
{
    [Fact]
    public void No_arguments_give_port_4566_and_the_documented_defaults()
    {
        var result = EmulatorCommandLine.Parse([]);

        var options = Assert.IsType<RoboMakerEmulatorOptions>(result.Options);
        Assert.Equal(4566, options.Port);
        Assert.Equal("us-west-2", options.Region);
        Assert.Equal(8, options.RobotsPerFleet);
        Assert.Equal(TimeSpan.FromSeconds(5), options.JobDuration);
        Assert.True(options.RequireSignatures);
        Assert.Equal(RoboMakerEmulatorOptions.ExampleSecretAccessKey, options.Credentials[RoboMakerEmulatorOptions.ExampleAccessKeyId]);
    }

    [Fact]
    public void Every_option_is_read_in_both_spellings()
    {
        var result = EmulatorCommandLine.Parse(["--port", "0", "--region=eu-west-1", "--access-key", "AKIDTEST", "--secret-key=s3cr3t", "--robots-per-fleet", "3", "--job-seconds", "1.5", "--no-signatures", "--strict", "--account=210987654321"]);

        var options = Assert.IsType<RoboMakerEmulatorOptions>(result.Options);
        Assert.Equal(0, options.Port);
        Assert.Equal("eu-west-1", options.Region);
        Assert.Equal(3, options.RobotsPerFleet);
        Assert.Equal(TimeSpan.FromSeconds(1.5), options.JobDuration);
        Assert.False(options.RequireSignatures);
        Assert.Equal(EmulatorWorldMode.Strict, options.WorldMode);
        Assert.Equal("210987654321", options.AccountId);
        Assert.Equal(["AKIDTEST"], options.Credentials.Keys);
        Assert.Equal("s3cr3t", options.Credentials["AKIDTEST"]);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "abc")]
    [InlineData("--robots-per-fleet", "0")]
    [InlineData("--job-seconds", "-1")]
    [InlineData("--region", "Not A Region")]
    [InlineData("--access-key", "AKIDONLY")]
    [InlineData("--bogus", "1")]
    [InlineData("--account", "12345")]
    public void Bad_arguments_give_an_error_naming_the_problem(string option, string value)
    {
        var result = EmulatorCommandLine.Parse([option, value]);

        Assert.Null(result.Options);
        Assert.False(result.ShowHelp);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public void A_missing_value_and_help_are_reported()
    {
        Assert.Contains("--port needs a value", EmulatorCommandLine.Parse(["--port"]).Error, StringComparison.Ordinal);
        Assert.True(EmulatorCommandLine.Parse(["--help"]).ShowHelp);
        Assert.Contains("--job-seconds", EmulatorCommandLine.Usage, StringComparison.Ordinal);
    }
}
