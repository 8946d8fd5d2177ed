namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>Accepts every request: used when signatures are not required, or the build has no verifier.</summary>
internal sealed class AllowAllAuthenticator : IRequestAuthenticator
{
    public static AllowAllAuthenticator Instance { get; } = new();

    public bool VerifiesSignatures => false;

    public AuthenticationResult Authenticate(IncomingRequest request) => AuthenticationResult.Allowed;
}
