namespace RoboMakerDeploy;

// SigV4 step 3, "Create a string to sign": the algorithm, the request date, the credential scope
// (date/Region/service/aws4_request) and the hex hash of the canonical request, one per line.

/// <summary>SigV4 step 3: writes the string to sign and the credential scope.</summary>
internal static class StringToSign
{
    public static void Build(ref CharBuilder b, scoped ReadOnlySpan<char> amzDate, string region, string service, scoped ReadOnlySpan<byte> canonicalRequestHash)
    {
        b.Append(SigV4Format.Algorithm);
        b.Append('\n');
        b.Append(amzDate);
        b.Append('\n');
        AppendScope(ref b, amzDate[..8], region, service);
        b.Append('\n');
        b.AppendHex(canonicalRequestHash);
    }

    /// <summary>The credential scope: <c>yyyyMMdd/region/service/aws4_request</c>.</summary>
    public static void AppendScope(ref CharBuilder b, scoped ReadOnlySpan<char> dateStamp, string region, string service)
    {
        b.Append(dateStamp);
        b.Append('/');
        b.Append(region);
        b.Append('/');
        b.Append(service);
        b.Append('/');
        b.Append(SigV4Format.Terminator);
    }
}
