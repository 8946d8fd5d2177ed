using System.Text;
using System.Text.Json;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>
/// Runs every case of the official SigV4 test suite (awslabs/aws-c-auth, tests/aws-signing-test-suite/v4,
/// Apache-2.0; copied to TestData/sigv4-test-suite) against <see cref="SigV4Signer"/>, header variant.
/// </summary>
public class SigV4TestSuiteTests
{
    private static readonly string SuiteFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "sigv4-test-suite");

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

    // The verifier checks as AWS services other than S3 do, with path normalisation, so it is run on the
    // cases signed with normalisation (the unnormalised ones sign paths such as //example// verbatim).
    public static TheoryData<string> NormalizedCases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(SuiteFolder).Order(StringComparer.Ordinal))
        {
            if (File.ReadAllText(Path.Combine(dir, "context.json")).Contains("\"normalize\": true", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileName(dir));
            }
        }
        return data;
    }

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

    internal sealed class SigV4TestCase
    {
        private string _folder = string.Empty;
        private readonly List<string> _headerLines = [];

        public string Method { get; private set; } = string.Empty;

        public string Path { get; private set; } = string.Empty;

        public string? Query { get; private set; }

        public string RequestLine { get; private set; } = string.Empty;

        public List<KeyValuePair<string, string>> Headers { get; } = [];

        public byte[] Body { get; private set; } = [];

        public AwsCredentials Credentials { get; private set; } = null!;

        public string Region { get; private set; } = string.Empty;

        public string Service { get; private set; } = string.Empty;

        public DateTimeOffset Time { get; private set; }

        public bool Normalize { get; private set; }

        public bool SignBody { get; private set; }

        public bool OmitSessionToken { get; private set; }

        public static SigV4TestCase Load(string folder)
        {
            var c = new SigV4TestCase { _folder = folder };
            using (var context = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(folder, "context.json"))))
            {
                var root = context.RootElement;
                var creds = root.GetProperty("credentials");
                c.Credentials = new AwsCredentials(
                    creds.GetProperty("access_key_id").GetString()!,
                    creds.GetProperty("secret_access_key").GetString()!,
                    creds.TryGetProperty("token", out var token) ? token.GetString() : null);
                c.Region = root.GetProperty("region").GetString()!;
                c.Service = root.GetProperty("service").GetString()!;
                c.Time = DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                c.Normalize = root.GetProperty("normalize").GetBoolean();
                c.SignBody = root.GetProperty("sign_body").GetBoolean();
                c.OmitSessionToken = root.TryGetProperty("omit_session_token", out var omit) && omit.GetBoolean();
            }

            var text = File.ReadAllText(System.IO.Path.Combine(folder, "request.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
            var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
            var head = blank >= 0 ? text[..blank] : text.TrimEnd('\n');
            c.Body = blank >= 0 ? Encoding.UTF8.GetBytes(text[(blank + 2)..]) : [];
            var lines = head.Split('\n');
            c.RequestLine = lines[0];
            var firstSpace = lines[0].IndexOf(' ', StringComparison.Ordinal);
            var protocol = lines[0].LastIndexOf(" HTTP/", StringComparison.Ordinal);
            c.Method = lines[0][..firstSpace];
            var target = lines[0][(firstSpace + 1)..protocol];
            var question = target.IndexOf('?', StringComparison.Ordinal);
            c.Path = question >= 0 ? target[..question] : target;
            c.Query = question >= 0 ? target[(question + 1)..] : null;
            foreach (var line in lines.Skip(1))
            {
                c._headerLines.Add(line);
                if (line.Length > 0 && char.IsWhiteSpace(line[0]))
                {
                    var last = c.Headers[^1];
                    c.Headers[^1] = new(last.Key, last.Value + "\n" + line);
                    continue;
                }
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                c.Headers.Add(new(line[..colon], line[(colon + 1)..]));
            }
            return c;
        }

        public SigV4Signature Sign() => SigV4Signer.Sign(
            Method, Path, Query, Headers, Body, Credentials, Region, Service, Time,
            new SigV4SigningOptions { NormalizePath = Normalize, SignPayloadHashHeader = SignBody, OmitSessionTokenFromSignature = OmitSessionToken });

        public string Expected(string file) => File.ReadAllText(System.IO.Path.Combine(_folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

        public string SignedRequest(SigV4Signature signature)
        {
            var sb = new StringBuilder();
            sb.Append(RequestLine).Append('\n');
            foreach (var line in _headerLines) sb.Append(line).Append('\n');
            foreach (var header in signature.Headers) sb.Append(header.Key).Append(':').Append(header.Value).Append('\n');
            sb.Append('\n');
            sb.Append(Encoding.UTF8.GetString(Body));
            return sb.ToString();
        }
    }
}
