// TODO(auth branch): this file is excluded from compilation (see the csproj) until RoboMakerDeploy.Auth.SigV4Verifier
// exists; define SIGV4_VERIFIER in the csproj to compile it and use it.
using System.Collections.Frozen;
using RoboMakerDeploy.Auth;

namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>Verifies SigV4 signatures with the SDK's <see cref="SigV4Verifier"/> against the emulator's key pairs.</summary>
internal sealed class SigV4RequestAuthenticator(
    IReadOnlyDictionary<string, string> credentials,
    string region,
    TimeProvider timeProvider,
    TimeSpan maxClockSkew) : IRequestAuthenticator
{
    private const string Service = "robomaker";

    private readonly FrozenDictionary<string, string> _secrets = credentials.ToFrozenDictionary(StringComparer.Ordinal);

    public bool VerifiesSignatures => true;

    public AuthenticationResult Authenticate(IncomingRequest request)
    {
        var result = SigV4Verifier.Verify(
            request.Method,
            request.RawPath,
            request.RawQuery,
            request.Headers,
            request.Body.Span,
            accessKeyId => _secrets.GetValueOrDefault(accessKeyId),
            timeProvider.GetUtcNow(),
            maxClockSkew,
            region,
            Service);
        return new AuthenticationResult(result.IsValid, result.ErrorCode, result.Message, result.AccessKeyId);
    }
}
