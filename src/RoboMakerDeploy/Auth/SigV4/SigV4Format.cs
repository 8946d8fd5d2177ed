using System.Buffers;

namespace RoboMakerDeploy;

/// <summary>
/// Text forms shared by every SigV4 step: the algorithm and scope terminator, the request date
/// (<c>yyyyMMddTHHmmssZ</c>), lower-case hex, and header names compared as their lower-case forms.
/// </summary>
internal static class SigV4Format
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string Terminator = "aws4_request";
    public const int AmzDateLength = 16;

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

    /// <summary>
    /// The characters of an HTTP token (RFC 9110, section 5.6.2), which is what a header name is: letters, digits and
    /// <c>!#$%&amp;'*+-.^_`|~</c>.
    /// </summary>
    public static readonly SearchValues<char> TokenChars =
        SearchValues.Create("!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz|~");

    /// <summary>Whether <paramref name="name"/> is a header name: a non-empty HTTP token.</summary>
    public static bool IsHeaderName(string? name) => !string.IsNullOrEmpty(name) && !name.AsSpan().ContainsAnyExcept(TokenChars);

    /// <summary>
    /// A header name (an HTTP token, so ASCII) as the canonical request writes it, lower-case; the name itself when it is
    /// lower-case already, as the SDK's own names are.
    /// </summary>
    public static string LowerName(string name) => name.AsSpan().ContainsAnyInRange('A', 'Z') ? name.ToLowerInvariant() : name;

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
}
