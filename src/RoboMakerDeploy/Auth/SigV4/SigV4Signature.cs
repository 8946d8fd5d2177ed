using System.Net.Http.Headers;

namespace RoboMakerDeploy;

/// <summary>
/// The result of signing a request with <see cref="SigV4Signer"/>: the headers to add, and (computed on
/// demand, for diagnostics and tests) the canonical request and string to sign. <see cref="ToString"/>
/// never shows the signature, the Authorization value or the session token.
/// </summary>
internal sealed class SigV4Signature
{
    /// <summary>The name of the header that carries the signing time.</summary>
    public const string AmzDateHeader = "X-Amz-Date";

    /// <summary>The name of the header that carries the session token.</summary>
    public const string SecurityTokenHeader = "X-Amz-Security-Token";

    /// <summary>The name of the header that carries the payload hash when it is signed.</summary>
    public const string ContentSha256Header = "x-amz-content-sha256";

    /// <summary>The name of the Authorization header.</summary>
    public const string AuthorizationHeader = "Authorization";

    private readonly string _method;
    private readonly string _rawPath;
    private readonly string? _rawQuery;
    private readonly bool _normalizePath;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly int _headerCount;
    private readonly string? _payloadHashText;
    private readonly byte[]? _payloadHashBytes;
    private readonly string _region;
    private readonly string _service;
    private string? _canonicalRequest;
    private string? _stringToSign;
    private string? _signedHeaders;
    private string? _signature;

    internal SigV4Signature(
        string authorization,
        string amzDate,
        string? securityToken,
        string? contentSha256,
        string method,
        string rawPath,
        string? rawQuery,
        bool normalizePath,
        KeyValuePair<string, string>[] sortedHeaders,
        int headerCount,
        string? payloadHashText,
        byte[]? payloadHashBytes,
        string region,
        string service)
    {
        Authorization = authorization;
        AmzDate = amzDate;
        SecurityToken = securityToken;
        ContentSha256 = contentSha256;
        _method = method;
        _rawPath = rawPath;
        _rawQuery = rawQuery;
        _normalizePath = normalizePath;
        _headers = sortedHeaders;
        _headerCount = headerCount;
        _payloadHashText = payloadHashText;
        _payloadHashBytes = payloadHashBytes;
        _region = region;
        _service = service;
    }

    /// <summary>The value of the Authorization header (<c>AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c>).</summary>
    public string Authorization { get; }

    /// <summary>The value of the <c>X-Amz-Date</c> header (<c>yyyyMMddTHHmmssZ</c>).</summary>
    public string AmzDate { get; }

    /// <summary>The value of the <c>X-Amz-Security-Token</c> header, or null when the credentials have no session token.</summary>
    public string? SecurityToken { get; }

    /// <summary>The value of the <c>x-amz-content-sha256</c> header, or null when it was not requested.</summary>
    public string? ContentSha256 { get; }

    /// <summary>The signed header names, lower case, sorted, joined with ';'.</summary>
    public string SignedHeaders => _signedHeaders ??= ExtractSignedHeaders();

    /// <summary>The signature, 64 lower-case hex digits.</summary>
    public string Signature => _signature ??= Authorization[^64..];

    /// <summary>The hex SHA-256 of the payload as it appears in the canonical request.</summary>
    public string PayloadHash => _payloadHashText ?? Convert.ToHexString(_payloadHashBytes!).ToLowerInvariant();

    /// <summary>The canonical request that was hashed (it contains the session token when that is signed).</summary>
    public string CanonicalRequest => _canonicalRequest ??= BuildCanonicalRequest();

    /// <summary>The string that was signed.</summary>
    public string StringToSign => _stringToSign ??= BuildStringToSign();

    /// <summary>
    /// The headers to add to the request, in order: <c>X-Amz-Security-Token</c> (when there is a token),
    /// <c>X-Amz-Date</c>, <c>x-amz-content-sha256</c> (when requested), <c>Authorization</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers
    {
        get
        {
            var list = new List<KeyValuePair<string, string>>(4);
            if (SecurityToken is not null) list.Add(new(SecurityTokenHeader, SecurityToken));
            list.Add(new(AmzDateHeader, AmzDate));
            if (ContentSha256 is not null) list.Add(new(ContentSha256Header, ContentSha256));
            list.Add(new(AuthorizationHeader, Authorization));
            return list;
        }
    }

    /// <summary>
    /// Puts the signing headers on <paramref name="headers"/>, replacing any from an earlier signature
    /// (signing the same message twice never duplicates them).
    /// </summary>
    /// <param name="headers">The request headers.</param>
    /// <exception cref="AwsConfigurationException">A value holds a CR, LF or other control character (it would break the header line); the message names the credential part and never quotes it. Nothing is written then.</exception>
    public void ApplyTo(HttpRequestHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (SecurityToken is not null) SignatureHeaders.EnsureSingleLine(SecurityTokenHeader, SecurityToken, "the session token");
        SignatureHeaders.EnsureSingleLine(AuthorizationHeader, Authorization, "the access key id, Region or service in the credential scope");
        SignatureHeaders.EnsureSingleLine(AmzDateHeader, AmzDate, "the signing date");
        if (ContentSha256 is not null) SignatureHeaders.EnsureSingleLine(ContentSha256Header, ContentSha256, "the payload hash");
        RemoveSigningHeaders(headers);
        if (SecurityToken is not null) headers.TryAddWithoutValidation(SecurityTokenHeader, SecurityToken);
        headers.TryAddWithoutValidation(AmzDateHeader, AmzDate);
        if (ContentSha256 is not null) headers.TryAddWithoutValidation(ContentSha256Header, ContentSha256);
        headers.TryAddWithoutValidation(AuthorizationHeader, Authorization);
    }

    /// <summary>Removes every header a signature adds.</summary>
    /// <param name="headers">The request headers.</param>
    public static void RemoveSigningHeaders(HttpRequestHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.Remove(AuthorizationHeader);
        headers.Remove(AmzDateHeader);
        headers.Remove(SecurityTokenHeader);
        headers.Remove(ContentSha256Header);
    }

    /// <summary>A description safe to log: the date and signed headers, never the signature or token.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"SigV4Signature {{ AmzDate = {AmzDate}, Scope = {AmzDate[..8]}/{_region}/{_service}, SignedHeaders = {SignedHeaders}, SecurityToken = {(SecurityToken is null ? "(none)" : "***")} }}";

    private string ExtractSignedHeaders()
    {
        const string marker = "SignedHeaders=";
        var start = Authorization.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var end = Authorization.IndexOf(',', start);
        return Authorization[start..end];
    }

    private string BuildCanonicalRequest()
    {
        var b = new CharBuilder(stackalloc char[1024]);
        try
        {
            Span<char> hash = stackalloc char[64];
            scoped ReadOnlySpan<char> payloadHash = _payloadHashText;
            if (_payloadHashBytes is not null)
            {
                SigV4Format.WriteHex(_payloadHashBytes, hash);
                payloadHash = hash;
            }
            RoboMakerDeploy.CanonicalRequest.Build(ref b, _method, _rawPath, _rawQuery, _normalizePath, _headers, _headerCount, payloadHash);
            return b.ToString();
        }
        finally
        {
            b.Dispose();
        }
    }

    private string BuildStringToSign()
    {
        Span<byte> hash = stackalloc byte[32];
        CanonicalRequestHash.Compute(CanonicalRequest, hash);
        var b = new CharBuilder(stackalloc char[256]);
        try
        {
            RoboMakerDeploy.StringToSign.Build(ref b, AmzDate, _region, _service, hash);
            return b.ToString();
        }
        finally
        {
            b.Dispose();
        }
    }
}
