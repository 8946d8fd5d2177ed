using System.Net.Http.Headers;

namespace RoboMakerDeploy.Tests.Auth;

/// <summary>Issue 13 §4: <see cref="SigV4Signature.ApplyTo"/> never writes a header value with a CR or LF.</summary>
public sealed class SigV4SignatureApplyToTests
{
    private static readonly DateTimeOffset Time = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly KeyValuePair<string, string>[] Headers = [new("host", "robomaker.us-west-2.amazonaws.com")];

    [Fact]
    public void A_session_token_with_a_line_break_is_refused_naming_the_part_and_nothing_is_written()
    {
        // AwsCredentials refuses such a token, so build the signature directly: ApplyTo is the last guard.
        var signature = new SigV4Signature(
            "AWS4-HMAC-SHA256 Credential=ASIA/20260115/us-west-2/robomaker/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + new string('0', 64),
            "20260115T120000Z", "token-start\r\nX-Injected: token-end", null, "POST", "/", null, true, [.. Headers], 1, "UNSIGNED-PAYLOAD", null, "us-west-2", "robomaker");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://robomaker.us-west-2.amazonaws.com/");

        var ex = Assert.Throws<AwsConfigurationException>(() => signature.ApplyTo(request.Headers));

        Assert.Contains("X-Amz-Security-Token header cannot be sent: the session token contains a control character (U+000D)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token-", ex.Message, StringComparison.Ordinal);
        Assert.Empty(request.Headers);
    }

    [Fact]
    public void A_Region_with_a_line_break_is_refused_before_the_Authorization_header_is_written()
    {
        var signature = SigV4Signer.Sign("POST", "/", null, Headers, [], new AwsCredentials("AKIDEXAMPLE", "secret-key-example"), "us-west-2\n", "robomaker", Time);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://robomaker.us-west-2.amazonaws.com/");

        var ex = Assert.Throws<AwsConfigurationException>(() => signature.ApplyTo(request.Headers));

        Assert.Contains("Authorization header cannot be sent", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Signature=", ex.Message, StringComparison.Ordinal);
        Assert.False(request.Headers.Contains("Authorization"));
    }

    [Fact]
    public void Clean_values_are_written_once_each()
    {
        var signature = SigV4Signer.Sign("POST", "/", null, Headers, [], new AwsCredentials("ASIAEXAMPLE", "secret-key-example", "session-token\r\n"), "us-west-2", "robomaker", Time);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://robomaker.us-west-2.amazonaws.com/");

        signature.ApplyTo(request.Headers);
        signature.ApplyTo(request.Headers);

        Assert.Equal(["session-token"], request.Headers.GetValues("X-Amz-Security-Token"));
        Assert.Single(request.Headers.GetValues("Authorization"));
    }
}
