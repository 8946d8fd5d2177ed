using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>
/// Runs every case of the official SigV4 test suite (awslabs/aws-c-auth, tests/aws-signing-test-suite/v4,
/// Apache-2.0; copied to TestData/sigv4-test-suite) against <see cref="SigV4Signer"/>, header variant.
/// </summary>
public class SigV4TestSuiteTests
{
    private static readonly string SuiteFolder = SigV4TestSuite.Folder;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(SuiteFolder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Fact]
    public void The_suite_has_all_38_cases_and_its_license()
    {
        Assert.Equal(38, Directory.GetDirectories(SuiteFolder).Length);
        Assert.Contains("Apache License", File.ReadAllText(Path.Combine(SuiteFolder, "LICENSE")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Header_signing_matches_the_official_vector(string name)
    {
        var testCase = SigV4TestCase.Load(Path.Combine(SuiteFolder, name));

        var signature = testCase.Sign();

        Assert.Equal(testCase.Expected("header-canonical-request.txt"), signature.CanonicalRequest);
        Assert.Equal(testCase.Expected("header-string-to-sign.txt"), signature.StringToSign);
        Assert.Equal(testCase.Expected("header-signature.txt"), signature.Signature);
        Assert.Equal(Normalize(testCase.Expected("header-signed-request.txt")), Normalize(testCase.SignedRequest(signature)));
    }

    public static TheoryData<string> NormalizedCases() => [.. SigV4TestSuite.NormalizedCases()];

    [Theory]
    [MemberData(nameof(NormalizedCases))]
    public void The_verifier_accepts_the_signed_vector_request(string name)
    {
        var testCase = SigV4TestCase.Load(Path.Combine(SuiteFolder, name));
        Assert.True(testCase.Normalize);
        var signature = testCase.Sign();
        var headers = testCase.Headers.Concat(signature.Headers);

        var result = SigV4Verifier.Verify(
            testCase.Method, testCase.Path, testCase.Query, headers, testCase.Body,
            akid => akid == testCase.Credentials.AccessKeyId ? testCase.Credentials.SecretAccessKey : null,
            testCase.Time, TimeSpan.FromMinutes(5), testCase.Region, testCase.Service);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("AKIDEXAMPLE", result.AccessKeyId);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}
