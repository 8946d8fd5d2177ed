namespace RoboMakerDeploy;

/// <summary>The outcome of <see cref="SigV4Verifier.Verify"/>.</summary>
/// <param name="IsValid">Whether the signature is valid and in time.</param>
/// <param name="ErrorCode">The AWS error code to reply with when invalid (<c>MissingAuthenticationTokenException</c>, <c>IncompleteSignatureException</c>, <c>UnrecognizedClientException</c>, <c>InvalidSignatureException</c>); null when valid.</param>
/// <param name="Message">The error message to reply with; null when valid.</param>
/// <param name="AccessKeyId">The access key id of the Authorization header, when it could be read.</param>
internal sealed record SigV4VerificationResult(bool IsValid, string? ErrorCode, string? Message, string? AccessKeyId)
{
    /// <summary>A failure.</summary>
    /// <param name="code">The error code.</param>
    /// <param name="message">The message.</param>
    /// <param name="accessKeyId">The access key id, when known.</param>
    /// <returns>The result.</returns>
    internal static SigV4VerificationResult Fail(string code, string message, string? accessKeyId = null) => new(false, code, message, accessKeyId);
}
