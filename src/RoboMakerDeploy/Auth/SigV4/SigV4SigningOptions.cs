namespace RoboMakerDeploy;

/// <summary>Variants of SigV4 header signing (the defaults are what AWS JSON services such as RoboMaker expect).</summary>
internal sealed class SigV4SigningOptions
{
    /// <summary>The defaults: normalised path, no <c>X-Amz-Content-SHA256</c> header, session token signed.</summary>
    public static SigV4SigningOptions Default { get; } = new();

    /// <summary>Whether the canonical URI has its dot segments and repeated slashes removed (default true; false for S3).</summary>
    public bool NormalizePath { get; init; } = true;

    /// <summary>Whether an <c>X-Amz-Content-SHA256</c> header carrying the payload hash is added and signed (default false).</summary>
    public bool SignPayloadHashHeader { get; init; }

    /// <summary>
    /// Whether the session token is left out of the signature and only added to the request afterwards
    /// (default false: the token is signed, as most services require).
    /// </summary>
    public bool OmitSessionTokenFromSignature { get; init; }
}
