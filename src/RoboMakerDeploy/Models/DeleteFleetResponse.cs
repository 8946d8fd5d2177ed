namespace RoboMakerDeploy.Models;

/// <summary>The reply of DeleteFleet, which carries no members (<c>{}</c>). (service model: DeleteFleetResponse)</summary>
/// <remarks>The service has deprecated this operation: the model's documentation says it "will no longer be supported as of May 2, 2022" and is to be used to remove resources created for the deployment service.</remarks>
public sealed record DeleteFleetResponse;
