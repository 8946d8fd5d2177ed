
namespace RoboMakerDeploy.Tests.Configuration;

public sealed class RegionAndEndpointTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("rmd-region-").FullName;
    private readonly Dictionary<string, string> _env = new(StringComparer.Ordinal);

    public RegionAndEndpointTests()
    {
        Directory.CreateDirectory(Path.Combine(_home, ".aws"));
        File.WriteAllText(Path.Combine(_home, ".aws", "config"), "[default]\nregion = eu-central-1\n[profile cn]\nregion = cn-north-1\n[profile bad]\nregion = Not_A_Region\n");
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private AwsEnvironment Environment => new(name => _env.TryGetValue(name, out var v) ? v : null, _home);

    [Fact]
    public void The_option_wins_then_AWS_REGION_then_AWS_DEFAULT_REGION_then_the_profile()
    {
        _env["AWS_REGION"] = "us-west-2";
        _env["AWS_DEFAULT_REGION"] = "us-east-2";
        Assert.Equal("ap-southeast-1", AwsRegionResolver.Resolve("ap-southeast-1", null, Environment));
        Assert.Equal("us-west-2", AwsRegionResolver.Resolve(null, null, Environment));
        _env.Remove("AWS_REGION");
        Assert.Equal("us-east-2", AwsRegionResolver.Resolve(null, null, Environment));
        _env.Remove("AWS_DEFAULT_REGION");
        Assert.Equal("eu-central-1", AwsRegionResolver.Resolve(null, null, Environment));
        Assert.Equal("cn-north-1", AwsRegionResolver.Resolve(null, "cn", Environment));
        _env["AWS_PROFILE"] = "cn";
        Assert.Equal("cn-north-1", AwsRegionResolver.Resolve(null, null, Environment));
    }

    [Fact]
    public void An_invalid_region_is_rejected_naming_its_source()
    {
        _env["AWS_REGION"] = "us west 2";
        var fromEnv = Assert.Throws<AwsConfigurationException>(() => AwsRegionResolver.Resolve(null, null, Environment));
        Assert.Contains("'us west 2' from AWS_REGION is not a valid AWS Region name", fromEnv.Message, StringComparison.Ordinal);

        _env.Clear();
        var fromProfile = Assert.Throws<AwsConfigurationException>(() => AwsRegionResolver.Resolve(null, "bad", Environment));
        Assert.Contains("'Not_A_Region' from 'region' of profile 'bad'", fromProfile.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_region_anywhere_is_an_error_naming_every_source()
    {
        var ex = Assert.Throws<AwsConfigurationException>(() => AwsRegionResolver.Resolve(null, "nothing", Environment));
        Assert.Contains("No AWS Region is configured", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Region option", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_REGION", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_DEFAULT_REGION", ex.Message, StringComparison.Ordinal);
        Assert.Contains("profile 'nothing'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endpoints_follow_the_partition()
    {
        Assert.Equal(new Uri("https://robomaker.us-west-2.amazonaws.com/"), AwsEndpoints.ForRegion("us-west-2"));
        Assert.Equal(new Uri("https://robomaker.cn-north-1.amazonaws.com.cn/"), AwsEndpoints.ForRegion("cn-north-1"));
    }

    [Fact]
    public void A_service_url_overrides_the_endpoint_but_not_the_signing_region()
    {
        using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
        {
            Region = "eu-west-1",
            ServiceUrl = new Uri("http://localhost:4566/"),
            Credentials = new StaticCredentialsProvider("AKIDX", "secret"),
        });
        Assert.Equal("eu-west-1", client.Region);
        Assert.Equal(new Uri("http://localhost:4566/"), client.Endpoint);
    }
}
