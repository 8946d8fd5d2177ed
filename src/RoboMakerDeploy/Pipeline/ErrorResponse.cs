namespace RoboMakerDeploy;

/// <summary>What an error response says, as far as it could be read: the sanitized code, the message and the request id.</summary>
/// <param name="Code">The error code (<c>ThrottlingException</c>), or null when the response named none.</param>
/// <param name="Message">The service's message, or null.</param>
/// <param name="RequestId">The request id, or null.</param>
/// <param name="BodyIsJson">Whether the body started as a JSON object (false for an HTML page or an empty body).</param>
internal readonly record struct ErrorResponse(string? Code, string? Message, string? RequestId, bool BodyIsJson)
{
    /// <summary>
    /// Whether the service refused the request for the time it was signed at: AWS's codes for it, or a signature
    /// error in AWS's own wording of a time rejection (any other signature error is not about the clock).
    /// </summary>
    public bool IsClockSkew => Code switch
    {
        "RequestTimeTooSkewed" or "RequestExpired" or "RequestInTheFuture" => true,
        "InvalidSignatureException" or "SignatureDoesNotMatch" =>
            Message is { } text
            && (text.Contains("Signature expired", StringComparison.OrdinalIgnoreCase)
                || text.Contains("Signature not yet current", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };
}
