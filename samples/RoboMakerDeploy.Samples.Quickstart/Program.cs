using RoboMakerDeploy;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

// A local emulator of the service; drop it and ServiceUrl to talk to AWS with your own credentials.
await using var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions { RobotsPerFleet = 4 });

using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
{
    ServiceUrl = emulator.Endpoint,
    Region = "us-west-2",
    Credentials = new StaticCredentialsProvider(RoboMakerEmulatorOptions.ExampleAccessKeyId, RoboMakerEmulatorOptions.ExampleSecretAccessKey),
});

var job = await client.CreateDeploymentJobAsync(new CreateDeploymentJobRequest
{
    Fleet = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/warehouse/1600000000000",
    DeploymentApplicationConfigs =
    [
        new DeploymentApplicationConfig
        {
            Application = "arn:aws:robomaker:us-west-2:123456789012:robot-application/picker/1600000000000",
            ApplicationVersion = "1",
            LaunchConfig = new DeploymentLaunchConfig { PackageName = "picker", LaunchFile = "picker.launch" },
        },
    ],
    DeploymentConfig = new DeploymentConfig { ConcurrentDeploymentPercentage = 50 },
});
Console.WriteLine($"Created {job.Arn} ({job.Status})");

// Poll until the job ends, printing every change of the job's or a robot's state.
var final = await client.WaitForDeploymentJobAsync(
    job.Arn!,
    new DeploymentWaitOptions { MinDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(1) },
    new PrintProgress());
Console.WriteLine($"Finished: {final.Status}");

// Every job of the fleet, across all pages.
await foreach (var listed in client.ListAllDeploymentJobsAsync(new ListDeploymentJobsRequest { Filters = [Filter.ByFleetName("warehouse")] }))
{
    Console.WriteLine($"{listed.Arn} {listed.Status} created {listed.CreatedAt:u}");
}

/// <summary>Prints each progress report as it arrives (synchronously, so lines keep their order).</summary>
internal sealed class PrintProgress : IProgress<DeploymentJobProgress>
{
    public void Report(DeploymentJobProgress value) => Console.WriteLine(
        $"{value.Status}: " + string.Join(", ", value.Robots.Select(r => r.PercentDone is { } p ? $"{r.CurrentStep} {p:0}%" : $"{r.CurrentStep?.ToString() ?? r.Status?.ToString()}")));
}
