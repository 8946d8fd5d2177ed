
namespace RoboMakerDeploy.Tests.Configuration;

public sealed class EndpointResolutionTests : IDisposable
{
    private const string Config = """
        [default]
        region = eu-west-1
        endpoint_url = http://profile-endpoint:1000
        services = local

        [services local]
        robomaker =
          endpoint_url = http://services-endpoint:2000
        s3 =
          endpoint_url = http://not-robomaker:3000

        [profile plain]
        region = us-east-1
        endpoint_url = http://plain-endpoint:4000

        [profile missing-services]
        region = us-east-1
        services = nowhere
        """;

    private readonly ConfigurationTestBed _bed = new(Config);

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void Each_source_in_order_option_then_service_variable_then_global_variable_then_services_section_then_profile()
    {
        _bed.Variables["AWS_ENDPOINT_URL_ROBOMAKER"] = "http://service-variable:5000";
        _bed.Variables["AWS_ENDPOINT_URL"] = "http://global-variable:6000";

        var fromOption = _bed.Resolve(o => o.ServiceUrl = new Uri("http://option:7000/"));
        Assert.Equal(new Uri("http://option:7000/"), fromOption.Endpoint);
        Assert.Equal("option ServiceUrl", _bed.SourceOf(fromOption, "endpoint_url"));

        var fromServiceVariable = _bed.Resolve();
        Assert.Equal(new Uri("http://service-variable:5000/"), fromServiceVariable.Endpoint);
        Assert.Equal("environment AWS_ENDPOINT_URL_ROBOMAKER", _bed.SourceOf(fromServiceVariable, "endpoint_url"));

        _bed.Variables.Remove("AWS_ENDPOINT_URL_ROBOMAKER");
        Assert.Equal(new Uri("http://global-variable:6000/"), _bed.Resolve().Endpoint);

        _bed.Variables.Remove("AWS_ENDPOINT_URL");
        var fromServices = _bed.Resolve();
        Assert.Equal(new Uri("http://services-endpoint:2000/"), fromServices.Endpoint);
        Assert.Contains("[services local]", _bed.SourceOf(fromServices, "endpoint_url"), StringComparison.Ordinal);

        var fromProfile = _bed.Resolve(o => o.Profile = "plain");
        Assert.Equal(new Uri("http://plain-endpoint:4000/"), fromProfile.Endpoint);
        Assert.StartsWith("'endpoint_url' of profile 'plain'", _bed.SourceOf(fromProfile, "endpoint_url"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_configured_endpoint_the_Region_endpoint_is_used()
    {
        _bed.WriteConfig("[default]\nregion = us-west-2\n");
        var settings = _bed.Resolve();
        Assert.Equal(new Uri("https://robomaker.us-west-2.amazonaws.com/"), settings.Endpoint);
        Assert.Equal("default (Region endpoint)", _bed.SourceOf(settings, "endpoint_url"));
    }

    [Fact]
    public void The_signing_Region_stays_the_configured_Region_whatever_the_endpoint()
    {
        _bed.Variables["AWS_ENDPOINT_URL_ROBOMAKER"] = "http://127.0.0.1:4566";
        _bed.Variables["AWS_REGION"] = "ap-northeast-1";
        var settings = _bed.Resolve();
        Assert.Equal("ap-northeast-1", settings.Region);
        Assert.Equal(new Uri("http://127.0.0.1:4566/"), settings.Endpoint);
    }

    [Fact]
    public void The_ignore_flag_drops_every_configured_endpoint_but_not_the_option()
    {
        _bed.Variables["AWS_ENDPOINT_URL_ROBOMAKER"] = "http://service-variable:5000";
        _bed.Variables["AWS_ENDPOINT_URL"] = "http://global-variable:6000";
        _bed.Variables["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "TRUE";
        var ignored = _bed.Resolve();
        Assert.Equal(new Uri("https://robomaker.eu-west-1.amazonaws.com/"), ignored.Endpoint);
        Assert.Equal("environment AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", _bed.SourceOf(ignored, "ignore_configured_endpoint_urls"));

        Assert.Equal(new Uri("http://option:7000/"), _bed.Resolve(o => o.ServiceUrl = new Uri("http://option:7000/")).Endpoint);

        // The option beats the variable, the variable beats the profile.
        Assert.Equal(new Uri("http://service-variable:5000/"), _bed.Resolve(o => o.IgnoreConfiguredEndpointUrls = false).Endpoint);
        _bed.Variables.Remove("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
        _bed.WriteConfig(Config.Replace("services = local", "services = local\nignore_configured_endpoint_urls = true", StringComparison.Ordinal));
        var fromProfile = _bed.Resolve();
        Assert.Equal(new Uri("https://robomaker.eu-west-1.amazonaws.com/"), fromProfile.Endpoint);
        Assert.StartsWith("'ignore_configured_endpoint_urls' of profile 'default'", _bed.SourceOf(fromProfile, "ignore_configured_endpoint_urls"), StringComparison.Ordinal);
        _bed.Variables["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "false";
        Assert.Equal(new Uri("http://service-variable:5000/"), _bed.Resolve().Endpoint);
    }

    [Fact]
    public void Bad_values_are_errors_naming_their_source()
    {
        _bed.Variables["AWS_ENDPOINT_URL_ROBOMAKER"] = "localhost:4566/no-scheme";
        var badUrl = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve());
        Assert.Contains("'localhost:4566/no-scheme' from environment AWS_ENDPOINT_URL_ROBOMAKER", badUrl.Message, StringComparison.Ordinal);

        _bed.Variables.Clear();
        _bed.Variables["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "yes";
        var badFlag = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve());
        Assert.Contains("'yes' of environment AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is not valid: expected true or false", badFlag.Message, StringComparison.Ordinal);

        _bed.Variables.Clear();
        var missing = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve(o => o.Profile = "missing-services"));
        Assert.Contains("no [services nowhere] section", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fips_and_dualstack_give_the_hosts_the_service_used_from_each_source()
    {
        _bed.WriteConfig("[default]\nregion = us-east-1\nuse_dualstack_endpoint = true\n");
        var dualstack = _bed.Resolve();
        Assert.Equal(new Uri("https://robomaker.us-east-1.api.aws/"), dualstack.Endpoint);
        Assert.StartsWith("'use_dualstack_endpoint' of profile 'default'", _bed.SourceOf(dualstack, "use_dualstack_endpoint"), StringComparison.Ordinal);

        _bed.Variables["AWS_USE_FIPS_ENDPOINT"] = "true";
        Assert.Equal(new Uri("https://robomaker-fips.us-east-1.api.aws/"), _bed.Resolve().Endpoint);

        _bed.Variables["AWS_USE_DUALSTACK_ENDPOINT"] = "false"; // environment beats profile
        var fips = _bed.Resolve();
        Assert.Equal(new Uri("https://robomaker-fips.us-east-1.amazonaws.com/"), fips.Endpoint);
        Assert.True(fips.UseFipsEndpoint);
        Assert.False(fips.UseDualstackEndpoint);

        // The option beats the environment.
        Assert.Equal(new Uri("https://robomaker.us-east-1.amazonaws.com/"), _bed.Resolve(o => o.UseFipsEndpoint = false).Endpoint);
        Assert.Equal(new Uri("https://robomaker-fips.us-gov-west-1.amazonaws.com/"), _bed.Resolve(o => o.Region = "us-gov-west-1").Endpoint);
    }

    [Theory]
    [InlineData("ap-south-1", true, false, "FIPS")]
    [InlineData("cn-north-1", false, true, "dual-stack")]
    [InlineData("eu-west-2", true, true, "FIPS dual-stack")]
    public void Fips_or_dualstack_where_the_service_never_offered_them_is_a_clear_error(string region, bool fips, bool dualstack, string variant)
    {
        var ex = Assert.Throws<AwsConfigurationException>(() => AwsEndpoints.ForRegion(region, fips, dualstack));
        Assert.Contains($"RoboMaker never offered a {variant} endpoint in Region '{region}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("us-west-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_endpoint_with_fips_is_refused_as_the_service_endpoint_rules_do()
    {
        _bed.Variables["AWS_ENDPOINT_URL_ROBOMAKER"] = "http://127.0.0.1:4566";
        _bed.Variables["AWS_USE_FIPS_ENDPOINT"] = "true";
        var ex = Assert.Throws<AwsConfigurationException>(() => _bed.Resolve());
        Assert.Contains("from environment AWS_ENDPOINT_URL_ROBOMAKER", ex.Message, StringComparison.Ordinal);
        Assert.Contains("use_fips_endpoint (from environment AWS_USE_FIPS_ENDPOINT)", ex.Message, StringComparison.Ordinal);

        // Ignoring configured endpoints leaves FIPS alone.
        _bed.Variables["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "true";
        Assert.Equal(new Uri("https://robomaker-fips.eu-west-1.amazonaws.com/"), _bed.Resolve().Endpoint);
    }
}
