using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Output;

/// <summary>Shows a deployment's progress while a wait runs.</summary>
internal interface IProgressView
{
    /// <summary>Runs <paramref name="wait"/>, showing every progress report it makes.</summary>
    Task<DescribeDeploymentJobResponse> RunAsync(Func<IProgress<DeploymentJobProgress>, Task<DescribeDeploymentJobResponse>> wait);
}
