using System.Text;

namespace RoboMakerDeploy.Tests.Auth;

public class SigV4VerifierTests
{
    private static readonly DateTimeOffset Time = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private static readonly AwsCredentials Keys = new("ASIAEXAMPLE", "secretSECRETsecret", "TOKEN");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"job":"arn"}""");

    private static List<KeyValuePair<string, string>> SignedHeaders(DateTimeOffset time)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Host", "localhost:8080"), new("Content-Type", "application/json") };
        var signature = SigV4Signer.Sign("POST", "/cancelDeploymentJob", null, headers, Body, Keys, "us-west-2", "robomaker", time);
        headers.AddRange(signature.Headers);
        return headers;
    }

    private static SigV4VerificationResult Verify(IEnumerable<KeyValuePair<string, string>> headers, byte[]? body = null, DateTimeOffset? now = null, Func<string, string?>? lookup = null) =>
        SigV4Verifier.Verify("POST", "/cancelDeploymentJob", null, headers, body ?? Body, lookup ?? (id => id == "ASIAEXAMPLE" ? "secretSECRETsecret" : null),
            now ?? Time, TimeSpan.FromMinutes(5), "us-west-2", "robomaker");

    [Fact]
    public void A_correctly_signed_request_is_valid_whatever_the_header_name_case()
    {
        var headers = SignedHeaders(Time).Select(h => new KeyValuePair<string, string>(h.Key.ToUpperInvariant(), h.Value));
        var result = Verify(headers);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal("ASIAEXAMPLE", result.AccessKeyId);
    }

    [Fact]
    public void A_repeated_header_with_padded_values_verifies_as_signed()
    {
        // Step 1 trims each value of a repeated header before joining them: the verifier must rebuild "a,b", not "a , b".
        var headers = new List<KeyValuePair<string, string>> { new("host", "localhost:8080"), new("x-a", "a "), new("x-a", " b") };
        var signature = SigV4Signer.Sign("POST", "/cancelDeploymentJob", null, headers, Body, Keys, "us-west-2", "robomaker", Time);
        Assert.Contains("\nx-a:a,b\n", signature.CanonicalRequest, StringComparison.Ordinal);
        headers.AddRange(signature.Headers);

        var result = Verify(headers);

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public void A_changed_body_is_an_invalid_signature()
    {
        var result = Verify(SignedHeaders(Time), Encoding.UTF8.GetBytes("""{"job":"arn2"}"""));
        Assert.False(result.IsValid);
        Assert.Equal("InvalidSignatureException", result.ErrorCode);
    }

    [Fact]
    public void A_changed_session_token_is_an_invalid_signature()
    {
        var headers = SignedHeaders(Time).Select(h => h.Key == "X-Amz-Security-Token" ? new(h.Key, "OTHER") : h);
        Assert.Equal("InvalidSignatureException", Verify(headers).ErrorCode);
    }

    [Fact]
    public void No_authorization_header_is_a_missing_token()
    {
        var result = Verify(SignedHeaders(Time).Where(h => h.Key != "Authorization"));
        Assert.Equal("MissingAuthenticationTokenException", result.ErrorCode);
    }

    [Fact]
    public void A_malformed_authorization_header_is_an_incomplete_signature()
    {
        var headers = SignedHeaders(Time).Select(h => h.Key == "Authorization" ? new(h.Key, "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20150830/us-west-2/robomaker/aws4_request") : h);
        var result = Verify(headers);
        Assert.Equal("IncompleteSignatureException", result.ErrorCode);
        Assert.Contains("SignedHeaders", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_access_key_is_an_unrecognized_client()
    {
        var result = Verify(SignedHeaders(Time), lookup: _ => null);
        Assert.Equal("UnrecognizedClientException", result.ErrorCode);
        Assert.Equal("ASIAEXAMPLE", result.AccessKeyId);
    }

    [Fact]
    public void A_signature_older_than_the_skew_window_has_expired_and_says_so_with_the_time()
    {
        var result = Verify(SignedHeaders(Time), now: Time.AddMinutes(6));
        Assert.Equal("InvalidSignatureException", result.ErrorCode);
        Assert.Equal("Signature expired: 20150830T123600Z is now earlier than 20150830T123700Z (20150830T124200Z - 5 min.)", result.Message);
    }

    [Fact]
    public void A_signature_from_the_future_is_not_yet_current()
    {
        var result = Verify(SignedHeaders(Time), now: Time.AddMinutes(-6));
        Assert.Equal("InvalidSignatureException", result.ErrorCode);
        Assert.StartsWith("Signature not yet current: 20150830T123600Z is still later than", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_within_the_window_is_valid()
    {
        Assert.True(Verify(SignedHeaders(Time), now: Time.AddMinutes(4)).IsValid);
    }

    [Fact]
    public void A_wrong_region_or_service_scope_is_rejected()
    {
        var headers = new List<KeyValuePair<string, string>> { new("Host", "h") };
        headers.AddRange(SigV4Signer.Sign("POST", "/cancelDeploymentJob", null, headers, Body, Keys, "eu-west-1", "robomaker", Time).Headers);
        var result = Verify(headers);
        Assert.Equal("InvalidSignatureException", result.ErrorCode);
        Assert.Contains("eu-west-1", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_never_contain_the_secret_or_the_token()
    {
        foreach (var now in new[] { Time, Time.AddHours(1) })
        {
            var result = Verify(SignedHeaders(Time), Encoding.UTF8.GetBytes("x"), now);
            Assert.DoesNotContain("secretSECRETsecret", result.Message ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("TOKEN", result.Message ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
