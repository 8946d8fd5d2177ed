namespace RoboMakerDeploy.Models;

/// <summary>A deployment job as ListDeploymentJobs returns it.</summary>
public sealed record DeploymentJob : DeploymentJobInfo;
