namespace RoboMakerDeploy;

/// <summary>
/// A source of AWS credentials. The client asks for credentials on every request, so providers cache
/// and refresh them (ahead of expiry) and must be safe to call concurrently.
/// </summary>
public interface IAwsCredentialsProvider
{
    /// <summary>Gets current credentials.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The credentials.</returns>
    ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default);
}
