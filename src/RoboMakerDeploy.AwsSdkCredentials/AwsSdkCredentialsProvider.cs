using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace RoboMakerDeploy.AwsSdkCredentials;

/// <summary>
/// Takes RoboMakerDeploy's credentials from the AWS SDK for .NET: its default identity resolver (SSO,
/// web identity, assume-role, container and instance metadata, and the rest of its chain) or any
/// <see cref="AWSCredentials"/> you give it. The AWS SDK caches and refreshes the credentials; this
/// adapter asks it on every request, so rotation is picked up.
/// </summary>
public sealed class AwsSdkCredentialsProvider : IAwsCredentialsProvider
{
    private readonly Func<CancellationToken, Task<AWSCredentials>> _source;

    /// <summary>Uses the AWS SDK's default identity resolver.</summary>
    public AwsSdkCredentialsProvider()
        : this(static _ => DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync())
    {
    }

    /// <summary>Uses the given AWS SDK credentials (for example <c>new AssumeRoleAWSCredentials(...)</c>).</summary>
    /// <param name="credentials">The AWS SDK credentials.</param>
    public AwsSdkCredentialsProvider(AWSCredentials credentials)
        : this(_ => Task.FromResult(credentials ?? throw new ArgumentNullException(nameof(credentials))))
    {
        ArgumentNullException.ThrowIfNull(credentials);
    }

    private AwsSdkCredentialsProvider(Func<CancellationToken, Task<AWSCredentials>> source) => _source = source;

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var credentials = await _source(cancellationToken).ConfigureAwait(false);
        var immutable = await credentials.GetCredentialsAsync().ConfigureAwait(false);
        return new AwsCredentials(
            immutable.AccessKey,
            immutable.SecretKey,
            immutable.UseToken ? immutable.Token : null,
            credentials.Expiration is { } expiration ? new DateTimeOffset(DateTime.SpecifyKind(expiration, DateTimeKind.Utc)) : null);
    }

    /// <inheritdoc />
    public override string ToString() => "AwsSdkCredentialsProvider";
}
