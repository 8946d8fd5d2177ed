using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Each optimization the signer once had, against the plain one-shot API it replaced, on the inputs of
/// <see cref="SignerBenchmarks"/>'s CreateDeploymentJob signature (one per category; same run): hashing
/// the body and the canonical request (two SHA-256), the signature (one HMAC), and the signing key (four
/// HMACs, or a lookup in a last-key cache). A saving counts only against the whole signature's cost.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SignerOptimizationBenchmarks
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private readonly byte[] _hash = new byte[32];
    private byte[] _body = [];
    private byte[] _canonical = [];
    private byte[] _stringToSign = [];
    private byte[] _key = [];
    private IncrementalHash _sha = null!;
    private IncrementalHash _hmac = null!;
    private (string Secret, string Date, string Region, string Service, byte[] Key) _cache;

    [GlobalSetup]
    public void Setup()
    {
        var signer = new SignerBenchmarks();
        signer.Setup();
        var signature = signer.Sign();
        _body = signer.Body;
        _canonical = Encoding.UTF8.GetBytes(signature.CanonicalRequest);
        _stringToSign = Encoding.UTF8.GetBytes(signature.StringToSign);
        _key = Derive("20260115");
        _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        _cache = (Secret, "20260115", "us-west-2", "robomaker", _key);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sha.Dispose();
        _hmac.Dispose();
    }

    [BenchmarkCategory("SHA-256 x2"), Benchmark(Baseline = true, Description = "SHA256.HashData (one-shot)")]
    public byte[] ShaOneShot()
    {
        SHA256.HashData(_body, _hash);
        SHA256.HashData(_canonical, _hash);
        return _hash;
    }

    [BenchmarkCategory("SHA-256 x2"), Benchmark(Description = "reused IncrementalHash")]
    public byte[] ShaReused()
    {
        _sha.AppendData(_body);
        _sha.GetHashAndReset(_hash);
        _sha.AppendData(_canonical);
        _sha.GetHashAndReset(_hash);
        return _hash;
    }

    [BenchmarkCategory("HMAC signature"), Benchmark(Baseline = true, Description = "HMACSHA256.HashData (one-shot)")]
    public byte[] HmacOneShot()
    {
        HMACSHA256.HashData(_key, _stringToSign, _hash);
        return _hash;
    }

    [BenchmarkCategory("HMAC signature"), Benchmark(Description = "reused IncrementalHash HMAC")]
    public byte[] HmacReused()
    {
        _hmac.AppendData(_stringToSign);
        _hmac.GetHashAndReset(_hash);
        return _hash;
    }

    [BenchmarkCategory("Signing key"), Benchmark(Baseline = true, Description = "derive (4 x HMAC) per signature")]
    public byte[] KeyDerived() => Derive("20260115");

    [BenchmarkCategory("Signing key"), Benchmark(Description = "last-key cache hit")]
    public byte[] KeyCached()
    {
        var c = _cache;
        return string.Equals(c.Secret, Secret, StringComparison.Ordinal) && "20260115".AsSpan().SequenceEqual(c.Date)
            && string.Equals(c.Region, "us-west-2", StringComparison.Ordinal) && string.Equals(c.Service, "robomaker", StringComparison.Ordinal)
            ? c.Key
            : Derive("20260115");
    }

    private static byte[] Derive(string date)
    {
        var k = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + Secret), Encoding.UTF8.GetBytes(date));
        k = HMACSHA256.HashData(k, "us-west-2"u8);
        k = HMACSHA256.HashData(k, "robomaker"u8);
        return HMACSHA256.HashData(k, "aws4_request"u8);
    }
}
