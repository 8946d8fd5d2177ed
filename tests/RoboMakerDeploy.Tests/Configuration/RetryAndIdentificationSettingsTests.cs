using Microsoft.Extensions.Configuration;

namespace RoboMakerDeploy.Tests.Configuration;

public sealed class RetryAndIdentificationSettingsTests : IDisposable
{
    private readonly ConfigurationTestBed _bed = new("""
        [default]
        region = us-west-2
        max_attempts = 7
        retry_mode = adaptive
        sdk_ua_app_id = from-profile
        """);

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void Max_attempts_option_then_environment_then_profile_then_3()
    {
        _bed.Variables["AWS_MAX_ATTEMPTS"] = "5";
        var fromOption = _bed.Resolve(o => o.MaxAttempts = 2);
        Assert.Equal(2, fromOption.MaxAttempts);
        Assert.Equal("option MaxAttempts", _bed.SourceOf(fromOption, "max_attempts"));

        var fromEnvironment = _bed.Resolve();
        Assert.Equal(5, fromEnvironment.MaxAttempts);
        Assert.Equal("environment AWS_MAX_ATTEMPTS", _bed.SourceOf(fromEnvironment, "max_attempts"));

        _bed.Variables.Remove("AWS_MAX_ATTEMPTS");
        Assert.Equal(7, _bed.Resolve().MaxAttempts);

        _bed.WriteConfig("[default]\nregion = us-west-2\n");
        var byDefault = _bed.Resolve();
        Assert.Equal(3, byDefault.MaxAttempts);
        Assert.Equal("default", _bed.SourceOf(byDefault, "max_attempts"));
    }

    [Fact]
    public void An_option_left_at_its_default_does_not_hide_the_environment_even_after_cloning()
    {
        _bed.Variables["AWS_MAX_ATTEMPTS"] = "5";
        var options = _bed.Options();
        Assert.Equal(5, ClientSettings.Resolve(options.Clone()).MaxAttempts);
        options.MaxAttempts = 3; // set explicitly, even to the default value: code wins
        Assert.Equal(3, ClientSettings.Resolve(options.Clone()).MaxAttempts);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("five")]
    public void Bad_max_attempts_name_the_variable(string value)
    {
        _bed.Variables["AWS_MAX_ATTEMPTS"] = value;
        var ex = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve());
        Assert.Contains($"'{value}' of environment AWS_MAX_ATTEMPTS is not valid", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_mode_option_then_environment_then_profile_then_standard_with_legacy_run_as_standard()
    {
        _bed.Variables["AWS_RETRY_MODE"] = "Standard";
        Assert.Equal(RetryMode.Adaptive, _bed.Resolve(o => o.RetryMode = RetryMode.Adaptive).RetryMode);
        Assert.Equal(RetryMode.Standard, _bed.Resolve().RetryMode);
        _bed.Variables.Remove("AWS_RETRY_MODE");
        var fromProfile = _bed.Resolve();
        Assert.Equal(RetryMode.Adaptive, fromProfile.RetryMode);
        Assert.StartsWith("'retry_mode' of profile 'default'", _bed.SourceOf(fromProfile, "retry_mode"), StringComparison.Ordinal);

        _bed.Variables["AWS_RETRY_MODE"] = "legacy";
        var legacy = _bed.Resolve();
        Assert.Equal(RetryMode.Standard, legacy.RetryMode);
        Assert.Contains("'legacy' runs as standard", _bed.SourceOf(legacy, "retry_mode"), StringComparison.Ordinal);

        _bed.Variables["AWS_RETRY_MODE"] = "aggressive";
        var ex = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve());
        Assert.Contains("'aggressive' of environment AWS_RETRY_MODE is not valid: expected standard, adaptive or legacy", ex.Message, StringComparison.Ordinal);

        _bed.Variables.Clear();
        _bed.WriteConfig("[default]\nregion = us-west-2\n");
        Assert.Equal(RetryMode.Standard, _bed.Resolve().RetryMode);
    }

    [Fact]
    public void App_id_option_then_environment_then_profile_and_it_reaches_the_user_agent()
    {
        _bed.Variables["AWS_SDK_UA_APP_ID"] = "from-env";
        Assert.Equal("from-option", _bed.Resolve(o => o.AppId = "from-option").AppId);
        var fromEnvironment = _bed.Resolve();
        Assert.Equal("from-env", fromEnvironment.AppId);
        Assert.EndsWith(" app/from-env", fromEnvironment.UserAgent, StringComparison.Ordinal);
        Assert.Contains(" cfg/retry-mode#adaptive", fromEnvironment.UserAgent, StringComparison.Ordinal);
        _bed.Variables.Remove("AWS_SDK_UA_APP_ID");
        Assert.Equal("from-profile", _bed.Resolve().AppId);

        _bed.Variables["AWS_SDK_UA_APP_ID"] = new string('x', 51);
        var ex = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve());
        Assert.Contains("at most 50", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_validate_the_new_settings()
    {
        var options = new RoboMakerDeployClientOptions { AppId = new string('x', 51), RetryMode = (RetryMode)7 };
        var problems = options.Validate();
        Assert.Contains(problems, p => p.StartsWith("AppId must be 1 to 50 characters", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("RetryMode must be Standard or Adaptive", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_keeps_each_setting_on_one_line()
    {
        _bed.Variables["AWS_SDK_UA_APP_ID"] = "fleet\r\nFAKE-ROW";

        var report = ResolvedConfiguration.Describe(_bed.Options());

        var appId = Assert.Single(report, s => s.Name == "sdk_ua_app_id");
        Assert.Equal("fleet\\u000D\\u000AFAKE-ROW", appId.Value);
    }

    [Theory]
    [InlineData("http://admin:hunter2pass@127.0.0.1:4566/", "user name or password")]
    [InlineData("http://127.0.0.1:4566/some/path?x=1", "query or fragment")]
    [InlineData("http://127.0.0.1:4566/#frag", "query or fragment")]
    public void An_endpoint_with_parts_that_would_not_be_sent_is_refused_without_quoting_a_password(string endpoint, string problem)
    {
        _bed.Variables["AWS_ENDPOINT_URL"] = endpoint;

        var error = Assert.Throws<AwsConfigurationException>(() => ResolvedConfiguration.Describe(_bed.Options()));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_ENDPOINT_URL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);

        var option = new RoboMakerDeployClientOptions { Region = "us-west-2", ServiceUrl = new Uri(endpoint) };
        var refused = Assert.Single(option.Validate());
        Assert.Contains(problem, refused, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_names_every_setting_and_masks_nothing_secret()
    {
        _bed.Variables["AWS_PROFILE"] = "default";
        var report = ResolvedConfiguration.Describe(_bed.Options());
        Assert.Equal(
            ["profile", "config_file", "shared_credentials_file", "region", "endpoint_url", "ignore_configured_endpoint_urls", "use_fips_endpoint", "use_dualstack_endpoint", "max_attempts", "retry_mode", "sdk_ua_app_id", "credentials"],
            report.Select(s => s.Name));
        Assert.Equal("environment AWS_PROFILE", report[0].Source);
        Assert.DoesNotContain(report, s => s.Value.Contains("wJalrXUtnFEMI", StringComparison.Ordinal) || s.Source.Contains("wJalrXUtnFEMI", StringComparison.Ordinal));
    }

    [Fact]
    public void The_configuration_section_binds_the_new_settings_and_they_count_as_code()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoboMakerDeploy:RetryMode"] = "Adaptive",
            ["RoboMakerDeploy:AppId"] = "from-section",
            ["RoboMakerDeploy:UseFipsEndpoint"] = "true",
            ["RoboMakerDeploy:UseDualstackEndpoint"] = "false",
            ["RoboMakerDeploy:IgnoreConfiguredEndpointUrls"] = "true",
            ["RoboMakerDeploy:MaxAttempts"] = "4",
        }).Build().GetSection("RoboMakerDeploy");
        _bed.Variables["AWS_MAX_ATTEMPTS"] = "9";
        _bed.Variables["AWS_ENDPOINT_URL"] = "http://ignored:1";
        var options = _bed.Options();
        RoboMakerDeployConfiguration.Bind(section, options);
        var settings = ClientSettings.Resolve(options);
        Assert.Equal(RetryMode.Adaptive, settings.RetryMode);
        Assert.Equal("from-section", settings.AppId);
        Assert.Equal(4, settings.MaxAttempts);
        Assert.Equal(new Uri("https://robomaker-fips.us-west-2.amazonaws.com/"), settings.Endpoint);

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["R:RetryMode"] = "turbo", ["R:UseFipsEndpoint"] = "1" }).Build().GetSection("R");
        var ex = Assert.Throws<FormatException>(() => RoboMakerDeployConfiguration.Bind(bad, new RoboMakerDeployClientOptions()));
        Assert.Contains("R:RetryMode = 'turbo'", ex.Message, StringComparison.Ordinal);
    }
}
