namespace RoboMakerDeploy;

/// <summary>
/// A credentials source has nothing to give (its variables are unset, its file or profile is absent).
/// A <see cref="CredentialsProviderChain"/> then moves on to the next source; when none yields
/// credentials, its own exception lists every source tried and why each gave nothing.
/// </summary>
public class AwsCredentialsNotFoundException : AwsConfigurationException
{
    /// <summary>Creates the exception.</summary>
    public AwsCredentialsNotFoundException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which source was tried and why it gave nothing.</param>
    public AwsCredentialsNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which source was tried and why it gave nothing.</param>
    /// <param name="innerException">The cause.</param>
    public AwsCredentialsNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
