// The package smoke test: a fresh console project that restores RoboMakerDeploy and
// RoboMakerDeploy.Emulator from the freshly packed .nupkg files and makes real calls.
using RoboMakerDeploy;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Models;

await using var emulator = await RoboMakerEmulator.StartAsync(new RoboMakerEmulatorOptions { JobDuration = TimeSpan.FromSeconds(1) });
using var client = new RoboMakerDeployClient(new RoboMakerDeployClientOptions
{
    Region = emulator.Region,
    ServiceUrl = emulator.Endpoint,
    Credentials = new StaticCredentialsProvider("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
});

var job = await client.CreateDeploymentJobAsync(new CreateDeploymentJobRequest
{
    Fleet = $"arn:aws:robomaker:{emulator.Region}:123456789012:deployment-fleet/smoke/1600000000000",
    DeploymentApplicationConfigs =
    [
        new DeploymentApplicationConfig
        {
            Application = $"arn:aws:robomaker:{emulator.Region}:123456789012:robot-application/smoke/1600000000000",
            ApplicationVersion = "1",
            LaunchConfig = new DeploymentLaunchConfig { PackageName = "smoke", LaunchFile = "smoke.launch" },
        },
    ],
});
var final = await client.WaitForDeploymentJobAsync(job.Arn!, new() { MinDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(300), Timeout = TimeSpan.FromSeconds(30) });
Console.WriteLine($"package smoke test: {final.Arn} {final.RawStatus} with {final.RobotDeploymentSummary.Count} robots");
return final.Status == DeploymentStatus.Succeeded ? 0 : 1;
