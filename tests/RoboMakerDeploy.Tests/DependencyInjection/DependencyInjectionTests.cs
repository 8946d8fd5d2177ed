using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoboMakerDeploy.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RoboMakerDeploy.Tests.DependencyInjection;

public sealed class DependencyInjectionTests : IDisposable
{
    private const string JobArn = CannedReplies.JobArn;
    private readonly WireMockServer _server = WireMockServer.Start();

    public DependencyInjectionTests()
    {
        _server.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithHeader("x-amzn-RequestId", "req-1")
                .WithBody($$"""{"arn":"{{JobArn}}","status":"Succeeded"}"""));
    }

    public void Dispose() => _server.Dispose();

    // Later values override earlier ones, as a later configuration source would.
    private static IConfiguration Configuration(params (string Key, string? Value)[] values)
    {
        var builder = new ConfigurationBuilder();
        foreach (var (key, value) in values) builder.AddInMemoryCollection([new KeyValuePair<string, string?>(key, value)]);
        return builder.Build();
    }

    private ServiceProvider Build(IConfiguration configuration, Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton<IAwsCredentialsProvider>(new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        services.AddRoboMakerDeployClient();
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task Resolves_a_working_client_configured_from_the_RoboMakerDeploy_section()
    {
        using var provider = Build(Configuration(
            ("RoboMakerDeploy:Region", "us-west-2"),
            ("RoboMakerDeploy:ServiceUrl", _server.Url),
            ("RoboMakerDeploy:MaxAttempts", "5"),
            ("RoboMakerDeploy:AttemptTimeout", "2.5"),
            ("RoboMakerDeploy:Timeout", "00:01:00")));

        var client = provider.GetRequiredService<IRoboMakerDeployClient>();
        var job = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn });

        Assert.Equal(DeploymentStatus.Succeeded, job.Status);
        var options = provider.GetRequiredService<IOptionsMonitor<RoboMakerDeployClientOptions>>().Get(string.Empty);
        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), options.Timeout);
        Assert.Equal(new Uri(_server.Url!), options.ServiceUrl);
        Assert.Equal(new Uri(_server.Url! + "/"), ((RoboMakerDeployClient)client).Endpoint);
    }

    [Fact]
    public void A_TimeProvider_registered_in_the_container_becomes_the_clients_clock()
    {
        var fake = new FakeTimeProvider();
        using var provider = Build(Configuration(("RoboMakerDeploy:Region", "us-west-2")), s => s.AddSingleton<TimeProvider>(fake));
        var options = provider.GetRequiredService<IOptionsMonitor<RoboMakerDeployClientOptions>>().Get(string.Empty);
        Assert.Same(fake, options.TimeProvider);
    }

    [Theory]
    [InlineData("RoboMakerDeploy:Region", "not a region", "Region 'not a region'")]
    [InlineData("RoboMakerDeploy:MaxAttempts", "0", "MaxAttempts must be between 1 and 100")]
    [InlineData("RoboMakerDeploy:ServiceUrl", "ftp://example.com", "ServiceUrl 'ftp://example.com/' must be an absolute http or https URL")]
    public void Invalid_configuration_fails_at_start_up_with_a_message_naming_the_option(string key, string value, string expected)
    {
        using var provider = Build(Configuration(("RoboMakerDeploy:Region", "us-west-2"), (key, value)));
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_configuration_value_names_the_key()
    {
        using var provider = Build(Configuration(("RoboMakerDeploy:Region", "us-west-2"), ("RoboMakerDeploy:MaxAttempts", "three")));
        var error = Assert.Throws<FormatException>(() => provider.GetRequiredService<IRoboMakerDeployClient>());
        Assert.Contains("RoboMakerDeploy:MaxAttempts = 'three'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_clients_live_side_by_side_with_their_own_region_and_endpoint()
    {
        using var other = WireMockServer.Start();
        other.Given(Request.Create().WithPath("/describeDeploymentJob").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"arn":"{{JobArn}}","status":"Failed"}"""));

        var services = new ServiceCollection();
        services.AddSingleton<IAwsCredentialsProvider>(new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        services.AddRoboMakerDeployClient("oregon", o => { o.Region = "us-west-2"; o.ServiceUrl = new Uri(_server.Url!); });
        services.AddRoboMakerDeployClient("ireland", o => { o.Region = "eu-west-1"; o.ServiceUrl = new Uri(other.Url!); });
        using var provider = services.BuildServiceProvider();

        var oregon = provider.GetRequiredKeyedService<IRoboMakerDeployClient>("oregon");
        var ireland = provider.GetRequiredService<IRoboMakerDeployClientFactory>().CreateClient("ireland");

        Assert.Equal("us-west-2", ((RoboMakerDeployClient)oregon).Region);
        Assert.Equal("eu-west-1", ((RoboMakerDeployClient)ireland).Region);
        Assert.Equal(DeploymentStatus.Succeeded, (await oregon.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn })).Status);
        Assert.Equal(DeploymentStatus.Failed, (await ireland.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = JobArn })).Status);

        var oregonAuth = Assert.Single(_server.LogEntries).RequestMessage!.Headers!["Authorization"].Single();
        var irelandAuth = Assert.Single(other.LogEntries).RequestMessage!.Headers!["Authorization"].Single();
        Assert.Contains("/us-west-2/robomaker/aws4_request", oregonAuth, StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/robomaker/aws4_request", irelandAuth, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IRoboMakerDeployClientFactory>().CreateClient("mars"));
    }

    [Fact]
    public void The_returned_builder_lets_apps_add_their_own_handlers()
    {
        var services = new ServiceCollection();
        var builder = services.AddRoboMakerDeployClient(o => o.Region = "us-west-2");
        Assert.Equal("RoboMakerDeploy", builder.Name);
    }
}
