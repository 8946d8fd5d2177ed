namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>Decides whether a request is authentic (its signature checks out).</summary>
internal interface IRequestAuthenticator
{
    /// <summary>Whether this authenticator really verifies signatures (false for <see cref="AllowAllAuthenticator"/>).</summary>
    bool VerifiesSignatures { get; }

    AuthenticationResult Authenticate(IncomingRequest request);
}
