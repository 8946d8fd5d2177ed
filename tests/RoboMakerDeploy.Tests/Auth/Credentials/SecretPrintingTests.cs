
namespace RoboMakerDeploy.Tests.Auth;

/// <summary>No credential type prints the secret key or the session token (ToString, interpolation, records holding them).</summary>
public sealed class SecretPrintingTests
{
    [Fact]
    public void Credentials_signatures_and_process_output_never_print_secrets()
    {
        var credentials = new AwsCredentials("AKIDPRINT", "print-secret-key", "print-session-token", DateTimeOffset.UnixEpoch);
        var signature = SigV4Signer.Sign("POST", "/", null, [new("host", "h")], [], credentials, "us-west-2", "robomaker", DateTimeOffset.UnixEpoch);
        var output = new CredentialProcessOutput { Version = 1, AccessKeyId = "AKIDPRINT", SecretAccessKey = "print-secret-key", SessionToken = "print-session-token" };
        var held = new Holder(credentials);

        foreach (var text in new[] { credentials.ToString(), $"{credentials}", signature.ToString(), output.ToString(), held.ToString(), new StaticCredentialsProvider(credentials).ToString() })
        {
            Assert.DoesNotContain("print-secret-key", text, StringComparison.Ordinal);
            Assert.DoesNotContain("print-session-token", text, StringComparison.Ordinal);
            Assert.DoesNotContain(signature.Signature, text, StringComparison.Ordinal);
        }
        Assert.Contains("AKIDPRINT", credentials.ToString(), StringComparison.Ordinal);
    }

    private sealed record Holder(AwsCredentials Credentials);
}
