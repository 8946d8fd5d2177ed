using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy;

// SigV4 step 2, "Create a hash of the canonical request": the lower-case hex SHA-256 of the canonical
// request's UTF-8 bytes (the same hash gives the payload hash of step 1).

/// <summary>SigV4 step 2: SHA-256 of the canonical request (and of the payload).</summary>
internal static class CanonicalRequestHash
{
    /// <summary>SHA-256 of <paramref name="data"/>.</summary>
    public static void Sha256(scoped ReadOnlySpan<byte> data, Span<byte> hash) => SHA256.HashData(data, hash);

    /// <summary>SHA-256 of the UTF-8 bytes of <paramref name="text"/> (the canonical request).</summary>
    public static void Compute(scoped ReadOnlySpan<char> text, Span<byte> hash)
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
}
