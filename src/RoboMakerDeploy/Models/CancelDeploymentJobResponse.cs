namespace RoboMakerDeploy.Models;

/// <summary>The reply of CancelDeploymentJob, which carries no members (<c>{}</c>).</summary>
public sealed record CancelDeploymentJobResponse;
