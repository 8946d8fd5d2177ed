namespace RoboMakerDeploy;

// SigV4 step 5, "Add the signature to the request": the Authorization header
// "AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=..., Signature=...", plus X-Amz-Date and
// (with temporary credentials) X-Amz-Security-Token; no header value may hold a CR or LF.

/// <summary>SigV4 step 5: the Authorization header value, and the check every signing header passes before it is written.</summary>
internal static class SignatureHeaders
{
    public static string Build(string accessKeyId, scoped ReadOnlySpan<char> dateStamp, string region, string service, KeyValuePair<string, string>[] sortedHeaders, int count, scoped ReadOnlySpan<byte> signature)
    {
        var b = new CharBuilder(stackalloc char[512]);
        try
        {
            b.Append(SigV4Format.Algorithm);
            b.Append(" Credential=");
            b.Append(accessKeyId);
            b.Append('/');
            StringToSign.AppendScope(ref b, dateStamp, region, service);
            b.Append(", SignedHeaders=");
            CanonicalRequest.AppendSignedHeaders(ref b, sortedHeaders, count);
            b.Append(", Signature=");
            b.AppendHex(signature);
            return b.ToString();
        }
        finally
        {
            b.Dispose();
        }
    }

    /// <summary>
    /// Refuses a header value with a CR, LF or other control character: written into the request it would
    /// break the header line (a malformed request that the server answers with a bare 400).
    /// </summary>
    /// <param name="header">The header name.</param>
    /// <param name="value">The value.</param>
    /// <param name="part">What the value comes from, for the message (e.g. "the session token"); the value itself is never quoted.</param>
    /// <exception cref="AwsConfigurationException">The value holds a control character.</exception>
    public static void EnsureSingleLine(string header, string value, string part)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new AwsConfigurationException(
                    $"The {header} header cannot be sent: {part} contains a control character (U+{(int)c:X4}); the value is not shown. " +
                    "Check where the credentials (or the Region) were loaded from, e.g. a file with CRLF line ends.");
            }
        }
    }
}
