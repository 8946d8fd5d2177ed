namespace RoboMakerDeploy.Models;

/// <summary>The reply of UntagResource, which carries no members (<c>{}</c>). (service model: UntagResourceResponse)</summary>
public sealed record UntagResourceResponse;
