namespace RoboMakerDeploy;

/// <summary>
/// The secrets that went out with an attempt: the SigV4 signature and the session token. Text the server sends
/// back (error messages, echoed headers, proxy pages) is scrubbed of them before the SDK shows it anywhere.
/// </summary>
/// <param name="Authorization">The <c>Authorization</c> header sent, which ends with the signature.</param>
/// <param name="SessionToken">The session token sent, or null.</param>
internal readonly record struct SentSecrets(string? Authorization, string? SessionToken)
{
    /// <summary>The signature: the last 64 characters of the <c>Authorization</c> header (a span: nothing allocated to look for it).</summary>
    public ReadOnlySpan<char> SignatureSpan => Authorization is { Length: >= 64 } authorization ? authorization.AsSpan(authorization.Length - 64) : default;

    /// <summary>The signature as text, for masking it where it was found.</summary>
    public string? Signature => SignatureSpan.IsEmpty ? null : SignatureSpan.ToString();

    /// <summary><paramref name="text"/> with every known secret, and anything shaped like a signature or token assignment, masked.</summary>
    public string? Redact(string? text) => SecretRedactor.Redact(text, this);

    /// <summary>As <see cref="Redact"/>, for a window cut from a longer text: a secret cut off at its end is masked too.</summary>
    public string RedactCut(string text) => SecretRedactor.RedactCut(text, this);
}
