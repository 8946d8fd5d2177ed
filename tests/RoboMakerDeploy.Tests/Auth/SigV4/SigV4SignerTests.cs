using System.Text;

namespace RoboMakerDeploy.Tests.Auth;

public class SigV4SignerTests
{
    private static readonly DateTimeOffset Time = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private static readonly AwsCredentials Keys = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly AwsCredentials SessionKeys = new("ASIAEXAMPLE", "secretSECRETsecret", "TOKEN-abc/def+ghi==");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"job":"arn:aws:robomaker:us-west-2:123456789012:deployment-job/d-1"}""");

    private static KeyValuePair<string, string>[] Headers() =>
        [new("Host", "robomaker.us-west-2.amazonaws.com"), new("Content-Type", "application/json; charset=utf-8")];

    [Fact]
    public void Signs_host_content_type_and_date_and_the_session_token_for_robomaker()
    {
        var signature = SigV4Signer.Sign("POST", "/cancelDeploymentJob", null, Headers(), Body, SessionKeys, "us-west-2", "robomaker", Time);

        Assert.Equal("20150830T123600Z", signature.AmzDate);
        Assert.Equal("content-type;host;x-amz-date;x-amz-security-token", signature.SignedHeaders);
        Assert.Equal("TOKEN-abc/def+ghi==", signature.SecurityToken);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20150830/us-west-2/robomaker/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=", signature.Authorization, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", signature.Signature);
        Assert.EndsWith("\n" + SigV4Signer.HashPayload(Body), signature.CanonicalRequest, StringComparison.Ordinal);
        Assert.Contains("x-amz-security-token:TOKEN-abc/def+ghi==\n", signature.CanonicalRequest, StringComparison.Ordinal);
        Assert.Equal("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-west-2/robomaker/aws4_request\n", signature.StringToSign[..^64]);
    }

    [Fact]
    public void Signing_from_a_payload_hash_gives_the_same_signature_as_from_the_body()
    {
        var fromBody = SigV4Signer.Sign("POST", "/x", null, Headers(), Body, Keys, "us-west-2", "robomaker", Time);
        var fromHash = SigV4Signer.Sign("POST", "/x", null, Headers(), SigV4Signer.HashPayload(Body), Keys, "us-west-2", "robomaker", Time);
        Assert.Equal(fromBody.Authorization, fromHash.Authorization);
    }

    [Fact]
    public void Any_change_to_a_signed_part_changes_the_signature()
    {
        var baseline = SigV4Signer.Sign("POST", "/x", null, Headers(), Body, Keys, "us-west-2", "robomaker", Time).Signature;
        Assert.NotEqual(baseline, SigV4Signer.Sign("POST", "/y", null, Headers(), Body, Keys, "us-west-2", "robomaker", Time).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign("POST", "/x", null, Headers(), [.. Body, (byte)' '], Keys, "us-west-2", "robomaker", Time).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign("POST", "/x", null, Headers(), Body, Keys, "us-east-1", "robomaker", Time).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign("POST", "/x", null, Headers(), Body, Keys, "us-west-2", "robomaker", Time.AddSeconds(1)).Signature);
        Assert.NotEqual(baseline, SigV4Signer.Sign("POST", "/x", null, Headers(), Body, new AwsCredentials("AKIDEXAMPLE", "other"), "us-west-2", "robomaker", Time).Signature);
    }

    [Fact]
    public void Earlier_signing_headers_in_the_input_are_ignored_not_signed_twice()
    {
        var clean = SigV4Signer.Sign("POST", "/x", null, Headers(), Body, SessionKeys, "us-west-2", "robomaker", Time);
        var withOld = SigV4Signer.Sign(
            "POST", "/x", null,
            [.. Headers(), new("X-Amz-Date", "20000101T000000Z"), new("Authorization", "AWS4-HMAC-SHA256 old"), new("X-Amz-Security-Token", "old")],
            Body, SessionKeys, "us-west-2", "robomaker", Time);
        Assert.Equal(clean.Authorization, withOld.Authorization);
    }

    [Fact]
    public void A_request_without_host_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => SigV4Signer.Sign("POST", "/x", null, [new("content-type", "a")], Body, Keys, "us-west-2", "robomaker", Time));
        Assert.Contains("host", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_a_signature_twice_to_one_request_replaces_the_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://robomaker.us-west-2.amazonaws.com/x");
        SigV4Signer.Sign("POST", "/x", null, Headers(), Body, SessionKeys, "us-west-2", "robomaker", Time).ApplyTo(request.Headers);
        var second = SigV4Signer.Sign("POST", "/x", null, Headers(), Body, SessionKeys, "us-west-2", "robomaker", Time.AddMinutes(1));
        second.ApplyTo(request.Headers);

        Assert.Equal([second.Authorization], request.Headers.GetValues("Authorization"));
        Assert.Equal(["20150830T123700Z"], request.Headers.GetValues("X-Amz-Date"));
        Assert.Single(request.Headers.GetValues("X-Amz-Security-Token"));
    }

    [Fact]
    public void ToString_never_shows_the_signature_or_the_token()
    {
        var signature = SigV4Signer.Sign("POST", "/x", null, Headers(), Body, SessionKeys, "us-west-2", "robomaker", Time);
        var text = signature.ToString();
        Assert.DoesNotContain(signature.Signature, text, StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN-abc", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SessionKeys.SecretAccessKey, SessionKeys.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TOKEN-abc", SessionKeys.ToString(), StringComparison.Ordinal);
        Assert.Contains("20150830/us-west-2/robomaker", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_allocates_at_most_one_kilobyte()
    {
        // The names as the signing handler passes them: lower-case (a mixed-case name costs one lowered copy).
        KeyValuePair<string, string>[] headers = [new("host", "robomaker.us-west-2.amazonaws.com"), new("content-type", "application/json; charset=utf-8")];
        for (var i = 0; i < 5; i++) SigV4Signer.Sign("POST", "/createDeploymentJob", null, headers, Body, Keys, "us-west-2", "robomaker", Time);
        var before = GC.GetAllocatedBytesForCurrentThread();
        const int n = 50;
        for (var i = 0; i < n; i++) SigV4Signer.Sign("POST", "/createDeploymentJob", null, headers, Body, Keys, "us-west-2", "robomaker", Time);
        var perSignature = (GC.GetAllocatedBytesForCurrentThread() - before) / n;
        Assert.True(perSignature <= 1024, $"{perSignature} bytes per signature");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x a")]
    [InlineData("x:a")]
    [InlineData("\u212A-x")]
    [InlineData("\u00DCn\u00EF")]
    public void A_header_name_that_is_not_an_HTTP_token_is_refused(string? name)
    {
        // It would sign as another header than any HttpClient can send (an empty line, "x a", a Kelvin sign lowered to "k").
        KeyValuePair<string, string>[] headers = [new("host", "h"), new(name!, "v")];

        var ex = Assert.Throws<ArgumentException>(() => SigV4Signer.Sign("POST", "/", null, headers, Body, Keys, "us-west-2", "robomaker", Time));

        Assert.Equal("headers", ex.ParamName);
    }

    [Fact]
    public void Mixed_case_names_sign_as_their_lower_case_forms_in_code_order()
    {
        // '_' (0x5F) sorts after 'Z' but before 'a': the order is that of the lower-case names, with a repeated name's
        // values kept in the order given, whatever their case.
        KeyValuePair<string, string>[] headers = [new("Host", "h"), new("X_b", "1"), new("X-B", "2"), new("x-b", "3"), new("XA", "4")];

        var signature = SigV4Signer.Sign("POST", "/", null, headers, Body, Keys, "us-west-2", "robomaker", Time);

        Assert.Equal("host;x-amz-date;x-b;x_b;xa", signature.SignedHeaders);
        Assert.Contains("\nx-b:2,3\nx_b:1\nxa:4\n", signature.CanonicalRequest, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_parameters_are_decoded_re_encoded_and_sorted()
    {
        var signature = SigV4Signer.Sign("GET", "/", "b=2&a=x%2Fy&a=%7e1&c", [new("host", "h")], ReadOnlySpan<byte>.Empty, Keys, "us-east-1", "s", Time);
        Assert.Equal("a=x%2Fy&a=~1&b=2&c=", signature.CanonicalRequest.Split('\n')[2]);
    }

    [Fact]
    public void An_already_encoded_path_is_encoded_again_as_AWS_services_expect()
    {
        var signature = SigV4Signer.Sign("GET", "/a%20b/c", null, [new("host", "h")], ReadOnlySpan<byte>.Empty, Keys, "us-east-1", "s", Time);
        Assert.Equal("/a%2520b/c", signature.CanonicalRequest.Split('\n')[1]);
    }
}
