namespace RoboMakerDeploy.Tests.Auth;

/// <summary>
/// The masking of text quoted into credential errors: a secret after its name in any separator form, a key-shaped
/// run without a name, and values the same process printed on standard output (also when that output was cut off).
/// </summary>
public sealed class SecretMaskerTests
{
    private const string AwsExampleKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"; // the 40-character documentation example

    public static TheoryData<string, string> Hostile => new()
    {
        // Before: only "name=value" and "name: value" were masked.
        { "SecretAccessKey HOSTILE-one rejected", "SecretAccessKey *** rejected" },
        { "\"SecretAccessKey\" \"HOSTILE two\" rejected", "\"SecretAccessKey\" *** rejected" },
        { "SessionToken\t'HOSTILE-three' expired", "SessionToken\t*** expired" },
        { "secret access key => HOSTILE-four", "secret access key => ***" },
        { "SECRET_ACCESS_KEY -> HOSTILE-five (from vault)", "SECRET_ACCESS_KEY -> *** (from vault)" },
        { "x-amz-security-token:HOSTILE-six", "x-amz-security-token:***" },
        { "AwsSecretAccessKey=HOSTILE-seven", "AwsSecretAccessKey=***" },
        { "aws_secret_key HOSTILE-eight", "aws_secret_key ***" },
        { "client_secret: HOSTILE-nine", "client_secret: ***" },
        { "{\"Credentials\":{\"SecretAccessKey\":\"HOSTILE-ten\",\"SessionToken\":\"HOSTILE-eleven", "{\"Credentials\":{\"SecretAccessKey\":***,\"SessionToken\":***" },
        { "payload: {\\\"SessionToken\\\": \\\"HOSTILE-twelve\\\"} dropped", "} dropped" },
        { "[\"token\", \"HOSTILE-thirteen\"]", "[\"token\", ***]" },
        { "using " + AwsExampleKey + " for role x", "using *** for role x" },
        { "key=" + AwsExampleKey + "==", "key=***" },
        { "Token => HOSTILE-fourteen", "Token => ***" },
        { "'secret' 'HOSTILE-fifteen'", "'secret' ***" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_secret_in_any_separator_form_or_shaped_like_a_key_is_masked(string text, string expected)
    {
        var masked = SecretMasker.Apply(text);

        Assert.Contains(expected, masked, StringComparison.Ordinal);
        Assert.DoesNotContain("HOSTILE", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("EXAMPLEKEY", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exit 3: vault unreachable at https://vault.example:8200/v1/aws/creds/deploy-role")]
    [InlineData("AccessKeyId ASIAEXAMPLE1234567890 is not valid")]
    [InlineData("MFA required (code 42); run `login --profile dev` first")]
    [InlineData("token expired, run login")] // a bare "token" needs a punctuation separator: this is an error worth reading
    [InlineData("the secret store is sealed")]
    public void Text_without_a_secret_is_kept(string text) => Assert.Equal(text, SecretMasker.Apply(text));

    [Fact]
    public void A_known_secret_is_masked_wherever_it_appears_also_JSON_escaped()
    {
        const string secret = "abc/def+ghi\"jkl";

        var masked = SecretMasker.Apply("vault said abc/def+ghi\"jkl; json: abc/def+ghi\\\"jkl; strict: abc/def\\u002Bghi\\u0022jkl", secret);

        Assert.Equal("vault said ***; json: ***; strict: ***", masked);
    }

    [Fact]
    public void A_short_known_secret_is_not_masked_by_itself()
    {
        Assert.Equal("the robot is fine", SecretMasker.Apply("the robot is fine", "robot", null));
    }

    [Fact]
    public void Secrets_are_read_from_standard_output_cut_off_mid_value_or_not_JSON()
    {
        var cut = SecretMasker.SecretsIn("{\"Version\": 1, \"AccessKeyId\": \"ASIAPROC\", \"SessionToken\": \"tok-\\u0041bc\", \"SecretAccessKey\": \"partial-secret-valu");
        Assert.Contains("tok-Abc", cut);         // decoded
        Assert.Contains("tok-\\u0041bc", cut);   // as written
        Assert.Contains("partial-secret-valu", cut);
        Assert.DoesNotContain("ASIAPROC", cut);

        var ini = SecretMasker.SecretsIn("aws_secret_access_key = ini-style-secret\naws_session_token=ini-style-token");
        Assert.Contains("ini-style-secret", ini);
        Assert.Contains("ini-style-token", ini);

        Assert.Empty(SecretMasker.SecretsIn(null));
    }
}
