using RoboMakerDeploy.Emulator.Validation;
using RoboMakerDeploy.Emulator.Verification;

namespace RoboMakerDeploy.Emulator.Tests.Verification;

/// <summary>The emulator's own SigV4 check against the official vectors, and its reading of the model's Java patterns.</summary>
public class EmulatorVerificationTests
{
    private static readonly string SuiteFolder = SigV4TestSuite.Folder;

    public static TheoryData<string> NormalizedCases() => [.. SigV4TestSuite.NormalizedCases()];

    [Theory]
    [MemberData(nameof(NormalizedCases))]
    public void The_canonical_request_and_signature_match_the_official_vector(string name)
    {
        var testCase = SigV4TestCase.Load(Path.Combine(SuiteFolder, name));
        var headers = testCase.Headers
            .GroupBy(h => h.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(h => h.Value)), StringComparer.OrdinalIgnoreCase);
        var signedLine = File.ReadAllLines(Path.Combine(SuiteFolder, name, "header-canonical-request.txt"));
        var signedNames = signedLine[^2].Split(';');
        var amzDate = testCase.Time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        headers.TryAdd("x-amz-date", amzDate);
        // Headers the signer adds to these requests itself.
        if (signedNames.Contains("x-amz-content-sha256")) headers.TryAdd("x-amz-content-sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(testCase.Body)));
        if (signedNames.Contains("content-length")) headers.TryAdd("content-length", testCase.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (testCase.Credentials.SessionToken is { } token) headers.TryAdd("x-amz-security-token", token);

        var canonical = SignatureVerifier.CanonicalRequest(testCase.Method, testCase.Path, testCase.Query, headers, signedNames, testCase.Body);
        var signature = SignatureVerifier.Signature(testCase.Credentials.SecretAccessKey, amzDate, amzDate[..8], testCase.Region, testCase.Service, canonical!);

        Assert.Equal(testCase.Expected("header-canonical-request.txt"), canonical);
        Assert.Equal(testCase.Expected("header-signature.txt"), signature);
    }

    [Theory]
    [InlineData("arn:.*", "arn:aws:x", true)]
    [InlineData("arn:.*", "arn:aws\nx", false)]
    [InlineData("arn:.*", "arn:aws\u2028x", false)]
    [InlineData("arn:.*", "arn:aws:x\n", false)]
    [InlineData("[0-9]*", "12a", false)]
    [InlineData("(\\$LATEST)|[0-9]*", "$LATEST", true)]
    [InlineData("[\\S\\s]+", "a\nb", true)]
    [InlineData("arn:aws:iam::\\w+:role/.*", "arn:aws:iam::123:role/x", true)]
    [InlineData("arn:aws:iam::\\w+:role/.*", "arn:aws:iam::é:role/x", false)]
    public void Model_patterns_match_the_whole_value_with_javas_meaning(string pattern, string value, bool matches) =>
        Assert.Equal(matches, RoboMakerDeploy.Emulator.Validation.JavaPattern.Matches(pattern, value));
}
