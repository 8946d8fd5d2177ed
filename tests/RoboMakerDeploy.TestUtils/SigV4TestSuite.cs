using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy.TestUtils;

/// <summary>
/// The official SigV4 test suite (awslabs/aws-c-auth, tests/aws-signing-test-suite/v4, Apache-2.0), copied to each
/// test project's TestData/sigv4-test-suite: its folder and case lists, shared by the signer's and the emulator's tests.
/// </summary>
internal static class SigV4TestSuite
{
    /// <summary>The suite's folder next to the test assembly.</summary>
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "sigv4-test-suite");

    // The verifier checks as AWS services other than S3 do, with path normalisation, so it is run on the
    // cases signed with normalisation (the unnormalised ones sign paths such as //example// verbatim).
    /// <summary>The names of the cases signed with path normalisation.</summary>
    public static IReadOnlyList<string> NormalizedCases()
    {
        var data = new List<string>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(Path.Combine(dir, "context.json")).Contains("\"normalize\": true", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(dir));
            }
        }
        return data;
    }
}
