namespace RoboMakerDeploy;

/// <summary>
/// The AWS configuration the client needs (Region, credentials) is missing or wrong. The message says
/// what was looked at and why it failed; it never contains a secret key or session token.
/// </summary>
public class AwsConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public AwsConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public AwsConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AwsConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
