using Amazon.Runtime;
using RoboMakerDeploy.AwsSdkCredentials;

namespace RoboMakerDeploy.Tests.Auth;

public class AwsSdkCredentialsProviderTests
{
    [Fact]
    public async Task Maps_AWS_SDK_session_credentials_including_the_token()
    {
        var provider = new AwsSdkCredentialsProvider(new SessionAWSCredentials("ASIAEXAMPLE", "secret-key", "session-token"));

        var credentials = await provider.GetCredentialsAsync();

        Assert.Equal("ASIAEXAMPLE", credentials.AccessKeyId);
        Assert.Equal("secret-key", credentials.SecretAccessKey);
        Assert.Equal("session-token", credentials.SessionToken);
        Assert.DoesNotContain("secret-key", credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maps_long_lived_AWS_SDK_credentials_without_a_token()
    {
        var provider = new AwsSdkCredentialsProvider(new BasicAWSCredentials("AKIDEXAMPLE", "secret-key"));

        var credentials = await provider.GetCredentialsAsync();

        Assert.Equal("AKIDEXAMPLE", credentials.AccessKeyId);
        Assert.Null(credentials.SessionToken);
        Assert.Null(credentials.Expiration);
    }
}
