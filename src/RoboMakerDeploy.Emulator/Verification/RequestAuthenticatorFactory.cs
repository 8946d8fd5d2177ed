namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>Chooses the authenticator for the options.</summary>
internal static class RequestAuthenticatorFactory
{
    /// <summary>Whether this build can verify SigV4 signatures (it needs the SDK's SigV4Verifier).</summary>
#if SIGV4_VERIFIER
    public const bool CanVerifySignatures = true;
#else
    public const bool CanVerifySignatures = false;
#endif

    public static IRequestAuthenticator Create(RoboMakerEmulatorOptions options)
    {
        if (!options.RequireSignatures) return AllowAllAuthenticator.Instance;
#if SIGV4_VERIFIER
        return new SigV4RequestAuthenticator(
            new Dictionary<string, string>(options.Credentials, StringComparer.Ordinal),
            options.Region,
            options.TimeProvider,
            options.MaxClockSkew);
#else
        // TODO(auth branch): without SigV4Verifier every request is accepted; see the csproj.
        return AllowAllAuthenticator.Instance;
#endif
    }
}
