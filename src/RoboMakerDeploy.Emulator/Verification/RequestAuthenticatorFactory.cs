namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>Chooses the authenticator for the options.</summary>
internal static class RequestAuthenticatorFactory
{
    public static IRequestAuthenticator Create(RoboMakerEmulatorOptions options) =>
        options.RequireSignatures
            ? new SigV4RequestAuthenticator(
                new Dictionary<string, string>(options.Credentials, StringComparer.Ordinal),
                options.Region,
                options.TimeProvider,
                options.MaxClockSkew)
            : AllowAllAuthenticator.Instance;
}
