using RoboMakerDeploy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Samples.WorkerService;

// A worker service that deploys through the client registered with dependency injection: options from the
// "RoboMakerDeploy" configuration section (appsettings.json, environment, command line), then the code below.
// The local emulator stands in for the service; drop it and ServiceUrl to talk to AWS.
await using var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions { RobotsPerFleet = 3 });

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSingleton<IAwsCredentialsProvider>(
    new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey));
builder.Services.AddRoboMakerDeployClient(options =>
{
    options.Region ??= "us-west-2";
    options.ServiceUrl = emulator.Endpoint;
});
builder.Services.AddHostedService<DeploymentWorker>();

using var host = builder.Build();
await host.RunAsync();
