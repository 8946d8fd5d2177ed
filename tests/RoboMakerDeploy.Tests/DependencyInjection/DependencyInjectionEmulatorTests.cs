using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Tests.DependencyInjection;

public class DependencyInjectionEmulatorTests
{
    [Fact]
    public async Task A_client_resolved_from_the_container_deploys_through_the_emulator_with_signed_requests()
    {
        await using var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions { RobotsPerFleet = 2 });
        Assert.True(emulator.VerifiesSignatures);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RoboMakerDeploy:Region"] = emulator.Region,
            ["RoboMakerDeploy:ServiceUrl"] = emulator.Endpoint.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IAwsCredentialsProvider>(new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey));
        services.AddRoboMakerDeployClient();
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var client = provider.GetRequiredService<IRoboMakerDeployClient>();

        var fleet = $"arn:aws:robomaker:{emulator.Region}:123456789012:deployment-fleet/di/1600000000000";
        var created = await client.CreateDeploymentJobAsync(new CreateDeploymentJobRequest
        {
            Fleet = fleet,
            DeploymentApplicationConfigs =
            [
                new DeploymentApplicationConfig
                {
                    Application = $"arn:aws:robomaker:{emulator.Region}:123456789012:robot-application/di/1600000000000",
                    ApplicationVersion = "7",
                    LaunchConfig = new DeploymentLaunchConfig { PackageName = "di", LaunchFile = "di.launch" },
                },
            ],
        });
        var described = await client.DescribeDeploymentJobAsync(new DescribeDeploymentJobRequest { Job = created.Arn! });

        Assert.Equal(created.Arn, described.Arn);
        Assert.Equal(fleet, described.Fleet);
        Assert.Equal(2, described.RobotDeploymentSummary.Count);
        Assert.Equal("7", Assert.Single(described.DeploymentApplicationConfigs).ApplicationVersion);
    }
}
