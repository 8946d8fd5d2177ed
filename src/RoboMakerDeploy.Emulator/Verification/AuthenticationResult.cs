namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>The verdict on a request: valid, or an error code (sent as HTTP 403) and message.</summary>
internal sealed record AuthenticationResult(bool IsValid, string? ErrorCode, string? Message, string? AccessKeyId)
{
    public static AuthenticationResult Allowed { get; } = new(true, null, null, null);
}
