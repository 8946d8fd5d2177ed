using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy;

// SigV4 step 4, "Calculate the signature": derive the signing key from the secret access key
// (HMAC chain over date, Region, service and "aws4_request"), then HMAC-SHA256 the string to sign with it.

/// <summary>SigV4 step 4: derives the signing key and calculates the signature.</summary>
internal static class SigningKey
{
    private static Entry? s_last;

    // The HMAC object of the last signing key, per thread: a one-shot HMAC sets up a native context and
    // the key's inner and outer pads on every call (measured: about half the HMAC's cost; benchmarks README).
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    /// <summary>HMAC-SHA256 of the UTF-8 string to sign with <paramref name="signingKey"/> (never modified; its HMAC object is reused per thread while it stays the same array).</summary>
    public static void CalculateSignature(byte[] signingKey, scoped ReadOnlySpan<char> stringToSign, Span<byte> signature)
    {
        var max = Encoding.UTF8.GetMaxByteCount(stringToSign.Length);
        byte[]? rented = null;
        var buffer = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var n = Encoding.UTF8.GetBytes(stringToSign, buffer);
            Hmac(signingKey, buffer[..n], signature);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void Hmac(byte[] key, scoped ReadOnlySpan<byte> data, Span<byte> mac)
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

    /// <summary>
    /// The signing key for (secret, date, Region, service); the last one is kept, since a client signs
    /// every request of a day with the same one (derivation is four HMACs, more than the rest of a
    /// signature; measured in the benchmarks README).
    /// </summary>
    public static byte[] GetCached(string secretAccessKey, scoped ReadOnlySpan<char> dateStamp, string region, string service)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null
            && string.Equals(last.Secret, secretAccessKey, StringComparison.Ordinal)
            && dateStamp.SequenceEqual(last.Date)
            && string.Equals(last.Region, region, StringComparison.Ordinal)
            && string.Equals(last.Service, service, StringComparison.Ordinal))
        {
            return last.Key;
        }

        var key = Derive(secretAccessKey, dateStamp, region, service);
        Volatile.Write(ref s_last, new Entry(secretAccessKey, dateStamp.ToString(), region, service, key));
        return key;
    }

    /// <summary><c>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")</c>.</summary>
    public static byte[] Derive(string secretAccessKey, scoped ReadOnlySpan<char> dateStamp, string region, string service)
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

    private sealed class Entry(string secret, string date, string region, string service, byte[] key)
    {
        public string Secret { get; } = secret;

        public string Date { get; } = date;

        public string Region { get; } = region;

        public string Service { get; } = service;

        public byte[] Key { get; } = key;

        public override string ToString() => "SigningKey.Entry(***)";
    }
}
