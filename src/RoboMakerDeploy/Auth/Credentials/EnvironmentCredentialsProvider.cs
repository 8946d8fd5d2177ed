namespace RoboMakerDeploy;

/// <summary>
/// Credentials from <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c> and (optional)
/// <c>AWS_SESSION_TOKEN</c>, read on every call so a changed environment is picked up. Values are
/// trimmed of surrounding whitespace (a variable set from a CRLF file ends in <c>\r</c>); a control
/// character inside one is an <see cref="AwsConfigurationException"/> naming the variable.
/// </summary>
public sealed class EnvironmentCredentialsProvider : IAwsCredentialsProvider
{
    /// <summary>The access key id variable.</summary>
    public const string AccessKeyIdVariable = "AWS_ACCESS_KEY_ID";

    /// <summary>The secret key variable.</summary>
    public const string SecretAccessKeyVariable = "AWS_SECRET_ACCESS_KEY";

    /// <summary>The session token variable.</summary>
    public const string SessionTokenVariable = "AWS_SESSION_TOKEN";

    private readonly AwsEnvironment _environment;
    private AwsCredentials? _last;

    /// <summary>Creates a provider over the process environment.</summary>
    public EnvironmentCredentialsProvider()
        : this(AwsEnvironment.System)
    {
    }

    /// <summary>Creates a provider over <paramref name="environment"/>.</summary>
    /// <param name="environment">Where variables are read.</param>
    public EnvironmentCredentialsProvider(AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        _environment = environment;
    }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        var accessKeyId = Read(AccessKeyIdVariable);
        var secret = Read(SecretAccessKeyVariable);
        if (accessKeyId is null && secret is null)
        {
            throw new AwsCredentialsNotFoundException($"environment variables: {AccessKeyIdVariable} and {SecretAccessKeyVariable} are not set.");
        }
        if (accessKeyId is null || secret is null)
        {
            throw new AwsCredentialsNotFoundException(
                $"environment variables: {(accessKeyId is null ? SecretAccessKeyVariable : AccessKeyIdVariable)} is set but {(accessKeyId is null ? AccessKeyIdVariable : SecretAccessKeyVariable)} is not.");
        }
        var token = Read(SessionTokenVariable);

        // Reuses the last instance while the variables are unchanged (keeps the signing key cache warm).
        var last = Volatile.Read(ref _last);
        if (last is not null
            && string.Equals(last.AccessKeyId, accessKeyId, StringComparison.Ordinal)
            && string.Equals(last.SecretAccessKey, secret, StringComparison.Ordinal)
            && string.Equals(last.SessionToken, token, StringComparison.Ordinal))
        {
            return ValueTask.FromResult(last);
        }
        var credentials = new AwsCredentials(accessKeyId, secret, token);
        Volatile.Write(ref _last, credentials);
        return ValueTask.FromResult(credentials);
    }

    private string? Read(string variable) =>
        CredentialPart.Normalize(_environment.GetVariable(variable), variable, "environment variables");

    /// <inheritdoc />
    public override string ToString() => "EnvironmentCredentialsProvider";
}
