using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy.Auth;

/// <summary>
/// The SigV4 algorithm shared by <see cref="SigV4Signer"/> and <see cref="SigV4Verifier"/>: canonical
/// request, string to sign, signing key (cached) and signature, written into stack buffers.
/// </summary>
internal static class SigV4Core
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string Terminator = "aws4_request";
    public const int AmzDateLength = 16;

    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    private static readonly SearchValues<char> UnreservedOrSlash =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    private static SigningKeyEntry? s_lastKey;

    // Per-thread hash objects, reused: a one-shot hash sets up and tears down a native context every call.
    [ThreadStatic]
    private static IncrementalHash? t_sha256;

    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    /// <summary>SHA-256 of <paramref name="data"/>, with a reused per-thread hash object.</summary>
    public static void Sha256(scoped ReadOnlySpan<byte> data, Span<byte> hash)
    {
        var sha = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            sha.AppendData(data);
            sha.GetHashAndReset(hash);
        }
        catch
        {
            t_sha256 = null;
            sha.Dispose();
            throw;
        }
    }

    /// <summary>HMAC-SHA256 with <paramref name="key"/> (a cached signing key, never modified), with a reused per-thread object.</summary>
    private static void HmacSha256(byte[] key, scoped ReadOnlySpan<byte> data, Span<byte> mac)
    {
        var hmac = t_hmac;
        if (hmac is null || !ReferenceEquals(t_hmacKey, key))
        {
            hmac?.Dispose();
            t_hmac = null;
            hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            t_hmac = hmac;
            t_hmacKey = key;
        }
        try
        {
            hmac.AppendData(data);
            hmac.GetHashAndReset(mac);
        }
        catch
        {
            t_hmac = null;
            t_hmacKey = null;
            hmac.Dispose();
            throw;
        }
    }

    /// <summary>Writes <c>yyyyMMddTHHmmssZ</c> for the UTC instant.</summary>
    public static void FormatAmzDate(DateTimeOffset time, Span<char> destination)
    {
        var t = time.UtcDateTime;
        Write(destination[..4], t.Year, 4);
        Write(destination.Slice(4, 2), t.Month, 2);
        Write(destination.Slice(6, 2), t.Day, 2);
        destination[8] = 'T';
        Write(destination.Slice(9, 2), t.Hour, 2);
        Write(destination.Slice(11, 2), t.Minute, 2);
        Write(destination.Slice(13, 2), t.Second, 2);
        destination[15] = 'Z';

        static void Write(Span<char> dst, int value, int digits)
        {
            for (var i = digits - 1; i >= 0; i--)
            {
                dst[i] = (char)('0' + (value % 10));
                value /= 10;
            }
        }
    }

    /// <summary>Lower-case hex.</summary>
    public static void WriteHex(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        const string digits = "0123456789abcdef";
        for (var i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = digits[bytes[i] >> 4];
            destination[(2 * i) + 1] = digits[bytes[i] & 0xF];
        }
    }

    /// <summary>Compares header names as their lower-case forms, ordinally.</summary>
    public static int CompareNames(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = Lower(a[i]);
            var y = Lower(b[i]);
            if (x != y) return x - y;
        }
        return a.Length - b.Length;
    }

    public static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);

    /// <summary>Stable insertion sort by lower-case name (keeps the order of a repeated header's values).</summary>
    public static void SortByName(KeyValuePair<string, string>[] headers, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var item = headers[i];
            var j = i - 1;
            while (j >= 0 && CompareNames(headers[j].Key, item.Key) > 0)
            {
                headers[j + 1] = headers[j];
                j--;
            }
            headers[j + 1] = item;
        }
    }

    /// <summary>Writes the canonical request. <paramref name="headers"/> must be sorted by <see cref="SortByName"/>.</summary>
    public static void BuildCanonicalRequest(
        ref CharBuilder b,
        string method,
        string rawPath,
        string? rawQuery,
        bool normalizePath,
        KeyValuePair<string, string>[] headers,
        int count,
        scoped ReadOnlySpan<char> payloadHash)
    {
        b.Append(method);
        b.Append('\n');
        AppendCanonicalUri(ref b, normalizePath ? NormalizePath(rawPath) : (rawPath.Length == 0 ? "/" : rawPath));
        b.Append('\n');
        AppendCanonicalQuery(ref b, rawQuery);
        b.Append('\n');
        for (var i = 0; i < count;)
        {
            var name = headers[i].Key;
            AppendLowerName(ref b, name);
            b.Append(':');
            AppendTrimmedValue(ref b, headers[i].Value);
            var j = i + 1;
            for (; j < count && CompareNames(headers[j].Key, name) == 0; j++)
            {
                b.Append(',');
                AppendTrimmedValue(ref b, headers[j].Value);
            }
            b.Append('\n');
            i = j;
        }
        b.Append('\n');
        AppendSignedHeaders(ref b, headers, count);
        b.Append('\n');
        b.Append(payloadHash);
    }

    public static void AppendSignedHeaders(ref CharBuilder b, KeyValuePair<string, string>[] headers, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                if (CompareNames(headers[i].Key, headers[i - 1].Key) == 0) continue;
                b.Append(';');
            }
            AppendLowerName(ref b, headers[i].Key);
        }
    }

    public static void BuildStringToSign(ref CharBuilder b, scoped ReadOnlySpan<char> amzDate, string region, string service, scoped ReadOnlySpan<byte> canonicalRequestHash)
    {
        b.Append(Algorithm);
        b.Append('\n');
        b.Append(amzDate);
        b.Append('\n');
        AppendScope(ref b, amzDate[..8], region, service);
        b.Append('\n');
        b.AppendHex(canonicalRequestHash);
    }

    public static void AppendScope(ref CharBuilder b, scoped ReadOnlySpan<char> dateStamp, string region, string service)
    {
        b.Append(dateStamp);
        b.Append('/');
        b.Append(region);
        b.Append('/');
        b.Append(service);
        b.Append('/');
        b.Append(Terminator);
    }

    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static void HashUtf8(scoped ReadOnlySpan<char> text, Span<byte> hash)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= 2048 ? stackalloc byte[2048] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var n = Encoding.UTF8.GetBytes(text, buffer);
            Sha256(buffer[..n], hash);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>HMAC-SHA256 of the string to sign with the (cached) signing key.</summary>
    public static void ComputeSignature(string secretAccessKey, scoped ReadOnlySpan<char> dateStamp, string region, string service, scoped ReadOnlySpan<char> stringToSign, Span<byte> signature)
    {
        var key = GetSigningKey(secretAccessKey, dateStamp, region, service);
        var max = Encoding.UTF8.GetMaxByteCount(stringToSign.Length);
        byte[]? rented = null;
        var buffer = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var n = Encoding.UTF8.GetBytes(stringToSign, buffer);
            HmacSha256(key, buffer[..n], signature);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The signing key for (secret, date, region, service); the last one is cached.</summary>
    public static byte[] GetSigningKey(string secretAccessKey, scoped ReadOnlySpan<char> dateStamp, string region, string service)
    {
        var last = Volatile.Read(ref s_lastKey);
        if (last is not null
            && string.Equals(last.Secret, secretAccessKey, StringComparison.Ordinal)
            && dateStamp.SequenceEqual(last.Date)
            && string.Equals(last.Region, region, StringComparison.Ordinal)
            && string.Equals(last.Service, service, StringComparison.Ordinal))
        {
            return last.Key;
        }

        var key = DeriveSigningKey(secretAccessKey, dateStamp, region, service);
        Volatile.Write(ref s_lastKey, new SigningKeyEntry(secretAccessKey, dateStamp.ToString(), region, service, key));
        return key;
    }

    public static byte[] DeriveSigningKey(string secretAccessKey, scoped ReadOnlySpan<char> dateStamp, string region, string service)
    {
        var secretBytes = Encoding.UTF8.GetMaxByteCount(secretAccessKey.Length) + 4 <= 256
            ? stackalloc byte[256]
            : new byte[Encoding.UTF8.GetMaxByteCount(secretAccessKey.Length) + 4];
        "AWS4"u8.CopyTo(secretBytes);
        var secretLength = 4 + Encoding.UTF8.GetBytes(secretAccessKey, secretBytes[4..]);
        Span<byte> k1 = stackalloc byte[32];
        Span<byte> k2 = stackalloc byte[32];
        try
        {
            HmacText(secretBytes[..secretLength], dateStamp, k1);
            HmacText(k1, region, k2);
            HmacText(k2, service, k1);
            var key = new byte[32];
            HMACSHA256.HashData(k1, "aws4_request"u8, key);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secretBytes);
        }

        static void HmacText(ReadOnlySpan<byte> key, ReadOnlySpan<char> text, Span<byte> destination)
        {
            Span<byte> data = stackalloc byte[256];
            var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= data.Length ? data[..Encoding.UTF8.GetBytes(text, data)] : Encoding.UTF8.GetBytes(text.ToString());
            HMACSHA256.HashData(key, bytes, destination);
        }
    }

    /// <summary>Removes dot segments and empty segments, keeping a trailing slash.</summary>
    public static string NormalizePath(string path)
    {
        if (path.Length == 0) return "/";
        if (path[0] == '/'
            && !path.Contains("//", StringComparison.Ordinal)
            && !path.Contains("/./", StringComparison.Ordinal)
            && !path.Contains("/../", StringComparison.Ordinal)
            && !path.EndsWith("/.", StringComparison.Ordinal)
            && !path.EndsWith("/..", StringComparison.Ordinal))
        {
            return path;
        }

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        var result = "/" + string.Join('/', segments);
        return segments.Count > 0 && path[^1] == '/' ? result + "/" : result;
    }

    /// <summary>Percent-encodes every byte of the path except unreserved characters and '/' (so '%' becomes %25: AWS's double encoding).</summary>
    private static void AppendCanonicalUri(ref CharBuilder b, string path)
    {
        var span = path.AsSpan();
        while (!span.IsEmpty)
        {
            var plain = span.IndexOfAnyExcept(UnreservedOrSlash);
            if (plain < 0)
            {
                b.Append(span);
                return;
            }
            b.Append(span[..plain]);
            span = span[plain..];
            Rune.DecodeFromUtf16(span, out var rune, out var consumed);
            AppendPercentEncoded(ref b, rune);
            span = span[consumed..];
        }
    }

    private static void AppendPercentEncoded(ref CharBuilder b, Rune rune)
    {
        Span<byte> utf8 = stackalloc byte[4];
        var n = rune.EncodeToUtf8(utf8);
        for (var i = 0; i < n; i++) AppendPercentByte(ref b, utf8[i]);
    }

    private static void AppendPercentByte(ref CharBuilder b, byte value)
    {
        const string digits = "0123456789ABCDEF";
        var dst = b.AppendSpan(3);
        dst[0] = '%';
        dst[1] = digits[value >> 4];
        dst[2] = digits[value & 0xF];
    }

    private static void AppendCanonicalQuery(ref CharBuilder b, string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery)) return;
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? string.Empty : part[(eq + 1)..];
            pairs.Add(new(EncodeQueryComponent(key), EncodeQueryComponent(value)));
        }
        pairs.Sort(static (x, y) =>
        {
            var c = string.CompareOrdinal(x.Key, y.Key);
            return c != 0 ? c : string.CompareOrdinal(x.Value, y.Value);
        });
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0) b.Append('&');
            b.Append(pairs[i].Key);
            b.Append('=');
            b.Append(pairs[i].Value);
        }
    }

    /// <summary>Decodes %XX escapes, then encodes per RFC 3986 (unreserved characters kept, everything else %XX).</summary>
    private static string EncodeQueryComponent(string raw)
    {
        var bytes = new List<byte>(raw.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < raw.Length;)
        {
            if (raw[i] == '%' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                bytes.Add((byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2])));
                i += 3;
                continue;
            }
            Rune.DecodeFromUtf16(raw.AsSpan(i), out var rune, out var consumed);
            var n = rune.EncodeToUtf8(utf8);
            for (var k = 0; k < n; k++) bytes.Add(utf8[k]);
            i += consumed;
        }
        var b = new CharBuilder(stackalloc char[256]);
        try
        {
            foreach (var value in bytes)
            {
                if (value < 128 && Unreserved.Contains((char)value)) b.Append((char)value);
                else AppendPercentByte(ref b, value);
            }
            return b.ToString();
        }
        finally
        {
            b.Dispose();
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static void AppendLowerName(ref CharBuilder b, string name)
    {
        var dst = b.AppendSpan(name.Length);
        for (var i = 0; i < name.Length; i++) dst[i] = Lower(name[i]);
    }

    /// <summary>Trims the value and folds every run of whitespace (spaces, tabs, line breaks) into one space.</summary>
    private static void AppendTrimmedValue(ref CharBuilder b, string value)
    {
        var pendingSpace = false;
        var any = false;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = any;
                continue;
            }
            if (pendingSpace)
            {
                b.Append(' ');
                pendingSpace = false;
            }
            b.Append(c);
            any = true;
        }
    }

    private sealed class SigningKeyEntry(string secret, string date, string region, string service, byte[] key)
    {
        public string Secret { get; } = secret;

        public string Date { get; } = date;

        public string Region { get; } = region;

        public string Service { get; } = service;

        public byte[] Key { get; } = key;

        public override string ToString() => "SigningKeyEntry(***)";
    }
}
