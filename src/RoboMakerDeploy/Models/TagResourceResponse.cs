namespace RoboMakerDeploy.Models;

/// <summary>The reply of TagResource, which carries no members (<c>{}</c>). (service model: TagResourceResponse)</summary>
public sealed record TagResourceResponse;
