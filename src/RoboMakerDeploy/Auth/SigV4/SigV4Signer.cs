namespace RoboMakerDeploy;

/// <summary>
/// Signs requests with AWS Signature Version 4 (header variant, <c>AWS4-HMAC-SHA256</c>). Pure: the
/// request parts, credentials, Region, service and time go in, the signing headers come out. It runs
/// the steps as the AWS documentation ("Create a signed AWS API request") numbers them, one file each:
/// <see cref="CanonicalRequest"/> (1), <see cref="CanonicalRequestHash"/> (2), <see cref="StringToSign"/>
/// (3), <see cref="SigningKey"/> (4), <see cref="SignatureHeaders"/> (5), in stack buffers with the last
/// signing key cached.
/// </summary>
internal static class SigV4Signer
{
    /// <summary>The signing algorithm.</summary>
    public const string Algorithm = SigV4Format.Algorithm;

    /// <summary>The hex SHA-256 of an empty payload.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Signs a request whose payload is <paramref name="body"/> (the exact bytes sent).</summary>
    /// <param name="method">The HTTP method (upper case, as sent).</param>
    /// <param name="rawPath">The path as on the wire (already percent-encoded), e.g. <c>/createDeploymentJob</c>.</param>
    /// <param name="rawQuery">The query as on the wire, without '?'; null or empty for none.</param>
    /// <param name="headers">The headers to sign (names in any case; a repeated name gives its values in order). Must include <c>host</c>.</param>
    /// <param name="body">The payload bytes.</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="region">The Region of the credential scope.</param>
    /// <param name="service">The service of the credential scope, e.g. <c>robomaker</c>.</param>
    /// <param name="time">The signing time.</param>
    /// <param name="options">Signing variants; null for <see cref="SigV4SigningOptions.Default"/>.</param>
    /// <returns>The signature and the headers to add.</returns>
    public static SigV4Signature Sign(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset time,
        SigV4SigningOptions? options = null)
    {
        Span<byte> hash = stackalloc byte[32];
        CanonicalRequestHash.Sha256(body, hash);
        return SignCore(method, rawPath, rawQuery, headers, null, hash, credentials, region, service, time, options ?? SigV4SigningOptions.Default);
    }

    /// <summary>Signs a request given the hex SHA-256 of its payload (or a literal such as <c>UNSIGNED-PAYLOAD</c>).</summary>
    /// <param name="method">The HTTP method (upper case, as sent).</param>
    /// <param name="rawPath">The path as on the wire (already percent-encoded).</param>
    /// <param name="rawQuery">The query as on the wire, without '?'; null or empty for none.</param>
    /// <param name="headers">The headers to sign. Must include <c>host</c>.</param>
    /// <param name="payloadHash">The lower-case hex SHA-256 of the payload.</param>
    /// <param name="credentials">The credentials.</param>
    /// <param name="region">The Region of the credential scope.</param>
    /// <param name="service">The service of the credential scope.</param>
    /// <param name="time">The signing time.</param>
    /// <param name="options">Signing variants; null for <see cref="SigV4SigningOptions.Default"/>.</param>
    /// <returns>The signature and the headers to add.</returns>
    public static SigV4Signature Sign(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadHash,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset time,
        SigV4SigningOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(payloadHash);
        return SignCore(method, rawPath, rawQuery, headers, payloadHash, default, credentials, region, service, time, options ?? SigV4SigningOptions.Default);
    }

    /// <summary>The hex SHA-256 of <paramref name="payload"/>, as used in the canonical request.</summary>
    /// <param name="payload">The bytes.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string HashPayload(ReadOnlySpan<byte> payload)
    {
        Span<byte> hash = stackalloc byte[32];
        CanonicalRequestHash.Sha256(payload, hash);
        Span<char> hex = stackalloc char[64];
        SigV4Format.WriteHex(hash, hex);
        return new string(hex);
    }

    private static SigV4Signature SignCore(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        string? payloadHashText,
        ReadOnlySpan<byte> payloadHashBytes,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset time,
        SigV4SigningOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(rawPath);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentException.ThrowIfNullOrEmpty(service);

        Span<char> amzDateChars = stackalloc char[SigV4Format.AmzDateLength];
        SigV4Format.FormatAmzDate(time, amzDateChars);
        var amzDate = new string(amzDateChars);
        var dateStamp = amzDateChars[..8];

        Span<char> payloadHash = stackalloc char[64];
        scoped ReadOnlySpan<char> payloadHashSpan;
        byte[]? payloadHashCopy = null;
        if (payloadHashText is null)
        {
            SigV4Format.WriteHex(payloadHashBytes, payloadHash);
            payloadHashSpan = payloadHash;
            // Keep one form for the on-demand canonical request: the header's string when there is one.
            if (options.SignPayloadHashHeader) payloadHashText = new string(payloadHash);
            else payloadHashCopy = payloadHashBytes.ToArray();
        }
        else
        {
            payloadHashSpan = payloadHashText;
        }

        var token = credentials.SessionToken;
        var contentSha256 = options.SignPayloadHashHeader ? payloadHashText : null;
        var (list, count) = HeadersToSign(headers, amzDate, token, !options.OmitSessionTokenFromSignature, contentSha256);

        // Step 1: create a canonical request. Step 2: create a hash of it.
        Span<byte> canonicalHash = stackalloc byte[32];
        var canonical = new CharBuilder(stackalloc char[1024]);
        try
        {
            CanonicalRequest.Build(ref canonical, method, rawPath, rawQuery, options.NormalizePath, list, count, payloadHashSpan);
            CanonicalRequestHash.Compute(canonical.Written, canonicalHash);
        }
        finally
        {
            canonical.Dispose();
        }

        // Step 3: create a string to sign. Step 4: calculate the signature with the signing key.
        Span<byte> signature = stackalloc byte[32];
        var stringToSign = new CharBuilder(stackalloc char[256]);
        try
        {
            StringToSign.Build(ref stringToSign, amzDateChars, region, service, canonicalHash);
            var key = SigningKey.GetCached(credentials.SecretAccessKey, dateStamp, region, service);
            SigningKey.CalculateSignature(key, stringToSign.Written, signature);
        }
        finally
        {
            stringToSign.Dispose();
        }

        // Step 5: add the signature to the request (the headers; SigV4Signature.ApplyTo writes them).
        var authorization = SignatureHeaders.Build(credentials.AccessKeyId, dateStamp, region, service, list, count, signature);
        return new SigV4Signature(
            authorization, amzDate, token, contentSha256, method, rawPath, rawQuery, options.NormalizePath,
            list, count, payloadHashText, payloadHashCopy, region, service);
    }

    /// <summary>The caller's headers (less any earlier signing headers) plus ours, sorted for step 1.</summary>
    private static (KeyValuePair<string, string>[] List, int Count) HeadersToSign(
        IEnumerable<KeyValuePair<string, string>> headers, string amzDate, string? token, bool signToken, string? contentSha256)
    {
        var capacity = (headers is IReadOnlyCollection<KeyValuePair<string, string>> c ? c.Count : 8) + 3;
        var list = new KeyValuePair<string, string>[capacity];
        var count = 0;
        var hasHost = false;
        foreach (var header in headers)
        {
            if (!SigV4Format.IsHeaderName(header.Key))
            {
                // An empty or null name would sign as an empty line, a name with ':' or a space would sign another header
                // than the one sent; HttpClient refuses both, so only a caller of the signer itself gets here.
                throw new ArgumentException($"'{ControlCharacters.Escape(header.Key)}' is not a header name (an HTTP token).", nameof(headers));
            }
            // Step 1 writes and sorts the names lower-case: lowered once here, they are compared ordinally from then on.
            var name = SigV4Format.LowerName(header.Key);
            if (name is "authorization" or "x-amz-date") continue;
            if (token is not null && name == "x-amz-security-token") continue;
            if (contentSha256 is not null && name == "x-amz-content-sha256") continue;
            hasHost |= name == "host";
            if (count == list.Length) Array.Resize(ref list, list.Length * 2);
            list[count++] = new(name, header.Value ?? string.Empty);
        }
        if (!hasHost) throw new ArgumentException("The headers to sign must include 'host'.", nameof(headers));
        if (count + 3 > list.Length) Array.Resize(ref list, count + 3);
        list[count++] = new("x-amz-date", amzDate);
        if (token is not null && signToken) list[count++] = new("x-amz-security-token", token);
        if (contentSha256 is not null) list[count++] = new(SigV4Signature.ContentSha256Header, contentSha256);
        CanonicalRequest.SortByName(list, count);
        return (list, count);
    }
}
