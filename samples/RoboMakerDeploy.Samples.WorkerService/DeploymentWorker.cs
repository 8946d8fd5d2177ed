using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Samples.WorkerService;

/// <summary>Deploys one application version to a fleet, waits for the outcome, logs it and stops the host.</summary>
internal sealed partial class DeploymentWorker(IRoboMakerDeployClient client, IHostApplicationLifetime lifetime, ILogger<DeploymentWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var job = await client.CreateDeploymentJobAsync(
                new CreateDeploymentJobRequest
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
                },
                stoppingToken);
            Created(logger, job.Arn, job.ResponseMetadata?.RequestId);

            var final = await client.WaitForDeploymentJobAsync(
                job.Arn!,
                new DeploymentWaitOptions { MinDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(1) },
                cancellationToken: stoppingToken);
            Finished(logger, final.Arn, final.RawStatus, final.RobotDeploymentSummary.Count);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Job} (request id {RequestId})")]
    private static partial void Created(ILogger logger, string? job, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} finished {Status} on {Robots} robots")]
    private static partial void Finished(ILogger logger, string? job, string? status, int robots);
}
