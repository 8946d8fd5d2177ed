using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy.Emulator.Verification;

/// <summary>
/// The emulator's own SigV4 check (header variant), written from the SigV4 specification and checked against the
/// official test vectors, so that it is an oracle independent of the SDK's signer. It recomputes the signature over
/// exactly the signed headers of the request as received, compares in constant time and checks <c>X-Amz-Date</c>
/// against the clock. When signatures are not required it accepts everything.
/// </summary>
internal sealed class SignatureVerifier
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    private const string Service = "robomaker";

    private readonly FrozenDictionary<string, string>? _secrets;
    private readonly string _region;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxSkew;

    public SignatureVerifier(RoboMakerEmulatorOptions options)
    {
        _secrets = options.RequireSignatures ? options.Credentials.ToFrozenDictionary(StringComparer.Ordinal) : null;
        _region = options.Region;
        _time = options.TimeProvider;
        _maxSkew = options.MaxClockSkew.Duration();
    }

    /// <summary>Whether signatures are checked at all.</summary>
    public bool VerifiesSignatures => _secrets is not null;

    /// <summary>Checks a request: null when it is authentic, else the error code (sent with HTTP 403) and message.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="rawPath">The path exactly as sent (percent-encoded).</param>
    /// <param name="rawQuery">The query as sent, without '?'; null for none.</param>
    /// <param name="headers">The headers (a header sent several times joined with ',').</param>
    /// <param name="body">The body bytes.</param>
    public (string Code, string Message)? Verify(string method, string rawPath, string? rawQuery, IReadOnlyDictionary<string, string> headers, ReadOnlySpan<byte> body)
    {
        if (_secrets is null) return null;
        if (!headers.TryGetValue("authorization", out var authorization))
        {
            return ("MissingAuthenticationTokenException", "Missing Authentication Token");
        }
        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return ("IncompleteSignatureException", $"Authorization header requires the '{Algorithm}' algorithm.");
        }
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in authorization[(Algorithm.Length + 1)..].Split(','))
        {
            var item = part.Trim();
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            switch (item[..eq])
            {
                case "Credential": credential = item[(eq + 1)..]; break;
                case "SignedHeaders": signedHeaders = item[(eq + 1)..]; break;
                case "Signature": signature = item[(eq + 1)..]; break;
            }
        }
        if (string.IsNullOrEmpty(credential) || string.IsNullOrEmpty(signedHeaders) || string.IsNullOrEmpty(signature))
        {
            return ("IncompleteSignatureException", "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[0].Length == 0 || scope[1].Length != 8 || scope[4] != "aws4_request")
        {
            return ("IncompleteSignatureException", $"Credential should be of the form 'AKID/yyyyMMdd/region/service/aws4_request'; got '{credential}'.");
        }
        if (!headers.TryGetValue("x-amz-date", out var amzDate)
            || !DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            return ("IncompleteSignatureException", "Authorization header requires existence of a valid 'X-Amz-Date' header (yyyyMMddTHHmmssZ).");
        }
        if (!amzDate.StartsWith(scope[1], StringComparison.Ordinal))
        {
            return ("InvalidSignatureException", $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope[1]}' != '{amzDate[..8]}'.");
        }
        if (scope[2] != _region) return ("InvalidSignatureException", $"Credential should be scoped to a valid region, not '{scope[2]}'. Expected '{_region}'.");
        if (scope[3] != Service) return ("InvalidSignatureException", $"Credential should be scoped to correct service: '{Service}'.");
        var names = signedHeaders.Split(';');
        if (!names.Contains("host", StringComparer.Ordinal)) return ("InvalidSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.");
        if (!_secrets.TryGetValue(scope[0], out var secret))
        {
            return ("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        var canonical = CanonicalRequest(method, rawPath, rawQuery, headers, names, body);
        if (canonical is null) return ("InvalidSignatureException", "A signed header is missing from the request.");
        var expected = Signature(secret, amzDate, scope[1], scope[2], scope[3], canonical);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
        {
            return ("InvalidSignatureException", "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
        var now = _time.GetUtcNow();
        var minutes = _maxSkew.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
        if (signedAt < now - _maxSkew)
        {
            return ("InvalidSignatureException", $"Signature expired: {amzDate} is now earlier than {Format(now - _maxSkew)} ({Format(now)} - {minutes} min.)");
        }
        if (signedAt > now + _maxSkew)
        {
            return ("InvalidSignatureException", $"Signature not yet current: {amzDate} is still later than {Format(now + _maxSkew)} ({Format(now)} + {minutes} min.)");
        }
        return null;
    }

    /// <summary>
    /// The canonical request (SigV4 task 1) for services other than S3: the path normalized (dot segments and
    /// empty segments removed) and each segment URI-encoded once more, the query parameters encoded and sorted,
    /// the signed headers lower-cased with their values trimmed and inner whitespace collapsed. Null when a
    /// signed header is missing.
    /// </summary>
    internal static string? CanonicalRequest(string method, string rawPath, string? rawQuery, IReadOnlyDictionary<string, string> headers, IReadOnlyList<string> signedNames, ReadOnlySpan<byte> body)
    {
        var b = new StringBuilder(512);
        b.Append(method).Append('\n').Append(CanonicalPath(rawPath)).Append('\n').Append(CanonicalQuery(rawQuery)).Append('\n');
        foreach (var name in signedNames)
        {
            if (!headers.TryGetValue(name, out var value)) return null;
            b.Append(name).Append(':').Append(TrimValue(value)).Append('\n');
        }
        b.Append('\n').Append(string.Join(';', signedNames)).Append('\n');
        b.Append(Convert.ToHexStringLower(SHA256.HashData(body)));
        return b.ToString();
    }

    /// <summary>The signature (SigV4 tasks 2 to 4): the string to sign and the derived key's HMAC of it, in lowercase hex.</summary>
    internal static string Signature(string secret, string amzDate, string date, string region, string service, string canonicalRequest)
    {
        var stringToSign = StringToSign(amzDate, date, region, service, canonicalRequest);
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    internal static string StringToSign(string amzDate, string date, string region, string service, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{date}/{region}/{service}/aws4_request\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    private static string CanonicalPath(string rawPath)
    {
        var segments = new List<string>();
        foreach (var segment in rawPath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(Encode(segment));
        }
        var path = "/" + string.Join('/', segments);
        return segments.Count > 0 && rawPath.EndsWith('/') ? path + "/" : path;
    }

    private static string CanonicalQuery(string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery)) return string.Empty;
        var pairs = new List<(string Name, string Value)>();
        foreach (var part in rawQuery.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? string.Empty : part[(eq + 1)..];
            pairs.Add((Encode(Uri.UnescapeDataString(name)), Encode(Uri.UnescapeDataString(value))));
        }
        pairs.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name) is var c and not 0 ? c : string.CompareOrdinal(x.Value, y.Value));
        return string.Join('&', pairs.Select(static p => p.Name + "=" + p.Value));
    }

    /// <summary>SigV4's URI encoding: every byte of the UTF-8 form except A-Z a-z 0-9 - _ . ~ as %XX (uppercase).</summary>
    private static string Encode(string text)
    {
        var b = new StringBuilder(text.Length * 2);
        foreach (var by in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)by;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') b.Append(c);
            else b.Append('%').Append(by.ToString("X2", CultureInfo.InvariantCulture));
        }
        return b.ToString();
    }

    private static string TrimValue(string value)
    {
        var b = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                space = true;
                continue;
            }
            if (space && b.Length > 0) b.Append(' ');
            space = false;
            b.Append(c);
        }
        return b.ToString();
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
