using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// Verifies SigV4-signed requests as AWS does (header variant): for emulators and tests. It parses the
/// Authorization header, recomputes the signature over exactly the signed headers, compares in
/// constant time and checks <c>X-Amz-Date</c> against the clock.
/// </summary>
internal static class SigV4Verifier
{
    /// <summary>The error code of a request without an Authorization header.</summary>
    public const string MissingAuthenticationToken = "MissingAuthenticationTokenException";

    /// <summary>The error code of a malformed Authorization header.</summary>
    public const string IncompleteSignature = "IncompleteSignatureException";

    /// <summary>The error code of an unknown access key.</summary>
    public const string UnrecognizedClient = "UnrecognizedClientException";

    /// <summary>The error code of a signature that does not match, or is out of its time window.</summary>
    public const string InvalidSignature = "InvalidSignatureException";

    /// <summary>Verifies a request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="rawPath">The path as received (percent-encoded).</param>
    /// <param name="rawQuery">The query as received, without '?'; null or empty for none.</param>
    /// <param name="headers">The received headers, names in any case; a header sent several times joined with ','.</param>
    /// <param name="body">The received body bytes.</param>
    /// <param name="secretKeyLookup">Gives the secret key of an access key id, or null when the key is unknown.</param>
    /// <param name="now">The verifier's clock.</param>
    /// <param name="maxClockSkew">How far <c>X-Amz-Date</c> may be from <paramref name="now"/> (AWS: 5 minutes).</param>
    /// <param name="expectedRegion">The Region the credential scope must name; null for any.</param>
    /// <param name="expectedService">The service the credential scope must name; null for any.</param>
    /// <returns>The result.</returns>
    public static SigV4VerificationResult Verify(
        string method,
        string rawPath,
        string? rawQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        Func<string, string?> secretKeyLookup,
        DateTimeOffset now,
        TimeSpan maxClockSkew,
        string? expectedRegion = null,
        string? expectedService = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(rawPath);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(secretKeyLookup);

        var received = new List<KeyValuePair<string, string>>();
        foreach (var h in headers) received.Add(new(h.Key, h.Value ?? string.Empty));

        var authorization = Find(received, "authorization");
        if (authorization is null)
        {
            return SigV4VerificationResult.Fail(MissingAuthenticationToken, "Missing Authentication Token");
        }
        if (!TryParseAuthorization(authorization, out var parsed, out var problem))
        {
            return SigV4VerificationResult.Fail(IncompleteSignature, problem!);
        }
        var scope = parsed.Credential.Split('/');
        if (scope.Length != 5 || scope[0].Length == 0 || scope[4] != SigV4Format.Terminator || scope[1].Length != 8 || !scope[1].All(char.IsAsciiDigit))
        {
            return SigV4VerificationResult.Fail(IncompleteSignature, $"Credential should be of the form 'AKID/yyyyMMdd/region/service/aws4_request'; got '{parsed.Credential}'.");
        }
        var accessKeyId = scope[0];
        var signedNames = parsed.SignedHeaders.Split(';');
        if (signedNames.Any(n => n.Length == 0 || !string.Equals(n, n.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            return SigV4VerificationResult.Fail(IncompleteSignature, $"SignedHeaders '{parsed.SignedHeaders}' must be lower-case names separated by ';'.", accessKeyId);
        }

        var amzDate = Find(received, "x-amz-date");
        if (amzDate is null)
        {
            return SigV4VerificationResult.Fail(IncompleteSignature, "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.", accessKeyId);
        }
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            return SigV4VerificationResult.Fail(IncompleteSignature, $"X-Amz-Date '{amzDate}' is not of the form yyyyMMddTHHmmssZ.", accessKeyId);
        }
        if (!amzDate.StartsWith(scope[1], StringComparison.Ordinal))
        {
            return SigV4VerificationResult.Fail(InvalidSignature, $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope[1]}' != '{amzDate[..8]}'.", accessKeyId);
        }
        if (expectedRegion is not null && !string.Equals(scope[2], expectedRegion, StringComparison.Ordinal))
        {
            return SigV4VerificationResult.Fail(InvalidSignature, $"Credential should be scoped to a valid region, not '{scope[2]}'. Expected '{expectedRegion}'.", accessKeyId);
        }
        if (expectedService is not null && !string.Equals(scope[3], expectedService, StringComparison.Ordinal))
        {
            return SigV4VerificationResult.Fail(InvalidSignature, $"Credential should be scoped to correct service: '{expectedService}'.", accessKeyId);
        }
        if (!signedNames.Contains("host", StringComparer.Ordinal))
        {
            return SigV4VerificationResult.Fail(InvalidSignature, "'Host' must be a 'SignedHeader' in the AWS Authorization.", accessKeyId);
        }
        if (!signedNames.Contains("x-amz-date", StringComparer.Ordinal))
        {
            return SigV4VerificationResult.Fail(InvalidSignature, "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.", accessKeyId);
        }

        var secret = secretKeyLookup(accessKeyId);
        if (secret is null)
        {
            return SigV4VerificationResult.Fail(UnrecognizedClient, "The security token included in the request is invalid.", accessKeyId);
        }

        // Exactly the signed headers, each with its received value.
        var signed = new KeyValuePair<string, string>[signedNames.Length];
        for (var i = 0; i < signedNames.Length; i++)
        {
            var value = Find(received, signedNames[i]);
            if (value is null)
            {
                return SigV4VerificationResult.Fail(InvalidSignature, $"The signed header '{signedNames[i]}' is missing from the request.", accessKeyId);
            }
            // The names are lower-case (checked above), as step 1 sorts and writes them.
            signed[i] = new(signedNames[i], value);
        }
        CanonicalRequest.SortByName(signed, signed.Length);

        Span<byte> bodyHash = stackalloc byte[32];
        SHA256.HashData(body, bodyHash);
        Span<char> payloadHash = stackalloc char[64];
        SigV4Format.WriteHex(bodyHash, payloadHash);

        Span<byte> canonicalHash = stackalloc byte[32];
        var b = new CharBuilder(stackalloc char[1024]);
        try
        {
            CanonicalRequest.Build(ref b, method, rawPath, rawQuery, normalizePath: true, signed, signed.Length, payloadHash);
            CanonicalRequestHash.Compute(b.Written, canonicalHash);
        }
        finally
        {
            b.Dispose();
        }

        Span<byte> expected = stackalloc byte[32];
        var sts = new CharBuilder(stackalloc char[256]);
        try
        {
            StringToSign.Build(ref sts, amzDate, scope[2], scope[3], canonicalHash);
            // Derived afresh: the verifier serves many keys and must not disturb the signer's cached one.
            var key = SigningKey.Derive(secret, scope[1], scope[2], scope[3]);
            SigningKey.CalculateSignature(key, sts.Written, expected);
        }
        finally
        {
            sts.Dispose();
        }

        Span<byte> expectedHex = stackalloc byte[64];
        Span<char> hexChars = stackalloc char[64];
        SigV4Format.WriteHex(expected, hexChars);
        for (var i = 0; i < 64; i++) expectedHex[i] = (byte)hexChars[i];
        var providedHex = Encoding.ASCII.GetBytes(parsed.Signature.ToLowerInvariant());
        if (!CryptographicOperations.FixedTimeEquals(expectedHex, providedHex))
        {
            return SigV4VerificationResult.Fail(
                InvalidSignature,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
                accessKeyId);
        }

        var skew = maxClockSkew.Duration();
        var minutes = skew.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        if (signedAt < now - skew)
        {
            return SigV4VerificationResult.Fail(
                InvalidSignature,
                $"Signature expired: {amzDate} is now earlier than {Format(now - skew)} ({Format(now)} - {minutes} min.)",
                accessKeyId);
        }
        if (signedAt > now + skew)
        {
            return SigV4VerificationResult.Fail(
                InvalidSignature,
                $"Signature not yet current: {amzDate} is still later than {Format(now + skew)} ({Format(now)} + {minutes} min.)",
                accessKeyId);
        }
        return new SigV4VerificationResult(true, null, null, accessKeyId);
    }

    private static string Format(DateTimeOffset time)
    {
        Span<char> chars = stackalloc char[SigV4Format.AmzDateLength];
        SigV4Format.FormatAmzDate(time, chars);
        return new string(chars);
    }

    private static string? Find(List<KeyValuePair<string, string>> headers, string lowerName)
    {
        string? found = null;
        foreach (var h in headers)
        {
            if (h.Key.Length != lowerName.Length || SigV4Format.CompareNames(h.Key, lowerName) != 0) continue;
            // Each value trimmed before they are joined, as step 1 trims each value of a repeated header ("a ", " b"
            // sign as "a,b").
            var value = h.Value.Trim(' ', '\t', '\r', '\n');
            found = found is null ? value : found + "," + value;
        }
        return found;
    }

    private static bool TryParseAuthorization(string value, out (string Credential, string SignedHeaders, string Signature) parsed, out string? problem)
    {
        parsed = default;
        var prefix = SigV4Format.Algorithm + " ";
        if (!value.StartsWith(prefix, StringComparison.Ordinal))
        {
            problem = $"Authorization header requires the '{SigV4Format.Algorithm}' algorithm.";
            return false;
        }
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in value[prefix.Length..].Split(','))
        {
            var item = part.Trim();
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                problem = $"Authorization header component '{item}' is not of the form name=value.";
                return false;
            }
            var v = item[(eq + 1)..];
            switch (item[..eq])
            {
                case "Credential": credential = v; break;
                case "SignedHeaders": signedHeaders = v; break;
                case "Signature": signature = v; break;
                default: break;
            }
        }
        var missing = new List<string>();
        if (string.IsNullOrEmpty(credential)) missing.Add("Credential");
        if (string.IsNullOrEmpty(signedHeaders)) missing.Add("SignedHeaders");
        if (string.IsNullOrEmpty(signature)) missing.Add("Signature");
        if (missing.Count > 0)
        {
            problem = $"Authorization header requires {string.Join(", ", missing.Select(m => $"'{m}'"))} parameter(s).";
            return false;
        }
        if (signature!.Length != 64 || !signature.All(char.IsAsciiHexDigit))
        {
            problem = "Signature must be 64 hex digits.";
            return false;
        }
        parsed = (credential!, signedHeaders!, signature);
        problem = null;
        return true;
    }
}
