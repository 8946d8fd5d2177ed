namespace RoboMakerDeploy.TestUtils;

/// <summary>What one attempt carried on the wire.</summary>
public sealed record SentAttempt(string Path, string? AmzDate, string? Authorization, string? Signature, string? SecurityToken);
