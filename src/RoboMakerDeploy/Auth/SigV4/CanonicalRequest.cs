using System.Buffers;
using System.Text;

namespace RoboMakerDeploy;

// SigV4 step 1, "Create a canonical request": method, canonical URI, canonical query string, canonical
// headers, signed headers and the hashed payload, each on its own line.

/// <summary>SigV4 step 1: writes the canonical request.</summary>
internal static class CanonicalRequest
{
    private static readonly SearchValues<char> Unreserved =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");

    private const string Whitespace = " \t\r\n";

    private static readonly SearchValues<char> UnreservedOrSlash =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    /// <summary>
    /// Stable insertion sort by name, ordinally (keeps the order of a repeated header's values). The names are
    /// lower-case already (<see cref="SigV4Format.LowerName"/>), so this is the order of their lower-case forms.
    /// </summary>
    public static void SortByName(KeyValuePair<string, string>[] headers, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var item = headers[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(headers[j].Key, item.Key) > 0)
            {
                headers[j + 1] = headers[j];
                j--;
            }
            headers[j + 1] = item;
        }
    }

    /// <summary>Writes the canonical request. <paramref name="headers"/> have lower-case names (<see cref="SigV4Format.LowerName"/>) and are sorted by <see cref="SortByName"/>.</summary>
    public static void Build(
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
            b.Append(name);
            b.Append(':');
            AppendTrimmedValue(ref b, headers[i].Value);
            var j = i + 1;
            for (; j < count && string.Equals(headers[j].Key, name, StringComparison.Ordinal); j++)
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

    /// <summary>The signed-headers list: the lower-case names of the sorted <paramref name="headers"/>, each once, joined by <c>;</c>.</summary>
    public static void AppendSignedHeaders(ref CharBuilder b, KeyValuePair<string, string>[] headers, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(headers[i].Key, headers[i - 1].Key, StringComparison.Ordinal)) continue;
                b.Append(';');
            }
            b.Append(headers[i].Key);
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

    /// <summary>Trims the value and folds every run of whitespace (spaces, tabs, line breaks) into one space.</summary>
    private static void AppendTrimmedValue(ref CharBuilder b, string value)
    {
        // Trimmed at both ends, every run of whitespace left is followed by more text.
        var rest = value.AsSpan().Trim(Whitespace);
        while (rest.IndexOfAny(Whitespace) is var run and >= 0)
        {
            b.Append(rest[..run]);
            b.Append(' ');
            rest = rest[run..].TrimStart(Whitespace);
        }
        b.Append(rest);
    }
}
