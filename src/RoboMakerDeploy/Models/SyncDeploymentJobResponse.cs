namespace RoboMakerDeploy.Models;

/// <summary>The reply of SyncDeploymentJob: the deployment job that synchronizes the fleet.</summary>
public sealed record SyncDeploymentJobResponse : DeploymentJobInfo;
