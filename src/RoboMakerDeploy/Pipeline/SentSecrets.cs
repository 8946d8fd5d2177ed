namespace RoboMakerDeploy;

/// <summary>
/// The secrets that went out with an attempt: the SigV4 signature and the session token. Text the server sends
/// back (error messages, echoed headers, proxy pages) is scrubbed of them before the SDK shows it anywhere.
/// </summary>
internal readonly record struct SentSecrets(string? Signature, string? SessionToken)
{
    /// <summary><paramref name="text"/> with every known secret, and anything shaped like a signature or token assignment, masked.</summary>
    public string? Redact(string? text) => SecretRedactor.Redact(text, this);

    /// <summary>As <see cref="Redact"/>, for a window cut from a longer text: a secret cut off at its end is masked too.</summary>
    public string RedactCut(string text) => SecretRedactor.RedactCut(text, this);
}
