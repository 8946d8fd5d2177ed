using Microsoft.Extensions.Configuration;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>Delays and timeouts are bounded up front (timers refuse about 49.7 days), with errors naming the option.</summary>
public sealed class OptionBoundsTests
{
    private static readonly TimeSpan FiftyDays = TimeSpan.FromDays(50);
    private static readonly TimeSpan TwentyFourDays = TimeSpan.FromDays(24);

    public static TheoryData<string, RoboMakerDeployClientOptions> TooLong => new()
    {
        { "RetryBaseDelay", new RoboMakerDeployClientOptions { RetryBaseDelay = FiftyDays, RetryMaxDelay = FiftyDays, Timeout = null } },
        { "RetryMaxDelay", new RoboMakerDeployClientOptions { RetryMaxDelay = FiftyDays, Timeout = null } },
        { "AttemptTimeout", new RoboMakerDeployClientOptions { AttemptTimeout = FiftyDays } },
        { "Timeout", new RoboMakerDeployClientOptions { Timeout = FiftyDays } },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public void Client_options_longer_than_24_days_are_a_problem_naming_the_option(string option, RoboMakerDeployClientOptions options)
    {
        Assert.Contains(options.Validate(), p => p.StartsWith(option + " must be at most 24 days", StringComparison.Ordinal));
        options.Region = "us-west-2";
        using var transport = new HttpClientHandler();
        var ex = Assert.Throws<ArgumentException>(() => new RoboMakerDeployClient(options, transport));
        Assert.Contains(option + " must be at most 24 days", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_options_of_24_days_are_valid()
    {
        var options = new RoboMakerDeployClientOptions { RetryBaseDelay = TwentyFourDays, RetryMaxDelay = TwentyFourDays, AttemptTimeout = TwentyFourDays, Timeout = TwentyFourDays };
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData(nameof(DeploymentWaitOptions.Timeout))]
    [InlineData(nameof(DeploymentWaitOptions.MaxDelay))]
    [InlineData(nameof(DeploymentWaitOptions.MinDelay))]
    public void Wait_options_longer_than_24_days_are_refused_naming_the_option(string option)
    {
        var options = option switch
        {
            nameof(DeploymentWaitOptions.Timeout) => new DeploymentWaitOptions { Timeout = FiftyDays },
            nameof(DeploymentWaitOptions.MaxDelay) => new DeploymentWaitOptions { MaxDelay = FiftyDays },
            _ => new DeploymentWaitOptions { MinDelay = FiftyDays, MaxDelay = FiftyDays },
        };
        var ex = Assert.Throws<ArgumentException>(options.Validate);
        Assert.StartsWith($"DeploymentWaitOptions.{option} must be at most 24 days", ex.Message, StringComparison.Ordinal);
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void Wait_options_of_24_days_are_valid() =>
        new DeploymentWaitOptions { MinDelay = TwentyFourDays, MaxDelay = TwentyFourDays, Timeout = TwentyFourDays }.Validate();

    [Theory]
    [InlineData("RetryBaseDelay", "1e20")]
    [InlineData("RetryMaxDelay", "-1e20")]
    [InlineData("AttemptTimeout", "1e300")]
    [InlineData("Timeout", "NaN")]
    [InlineData("Timeout", "Infinity")]
    [InlineData("Timeout", "-Infinity")]
    public void A_duration_no_TimeSpan_can_hold_is_the_documented_error_naming_the_key(string key, string value)
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("RoboMakerDeploy:" + key, value)])
            .Build()
            .GetSection("RoboMakerDeploy");

        var ex = Assert.Throws<FormatException>(() => RoboMakerDeployConfiguration.Bind(section, new RoboMakerDeployClientOptions()));
        Assert.Contains($"RoboMakerDeploy:{key} = '{value}' is not valid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duration_over_24_days_in_configuration_reads_and_then_fails_validation_naming_the_option()
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("RoboMakerDeploy:Timeout", "4320000")])
            .Build()
            .GetSection("RoboMakerDeploy");
        var options = new RoboMakerDeployClientOptions();

        RoboMakerDeployConfiguration.Bind(section, options);

        Assert.Equal(FiftyDays, options.Timeout);
        Assert.Contains(options.Validate(), p => p.StartsWith("Timeout must be at most 24 days", StringComparison.Ordinal));
    }
}
