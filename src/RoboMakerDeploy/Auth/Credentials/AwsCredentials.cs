namespace RoboMakerDeploy;

/// <summary>
/// An AWS access key pair, with an optional session token and expiry. <see cref="ToString"/> never
/// shows the secret key or the session token. Each part is trimmed of surrounding whitespace and may not
/// contain a control character (so no part can break the header line it is sent in).
/// </summary>
public sealed class AwsCredentials : IEquatable<AwsCredentials>
{
    /// <summary>Creates credentials.</summary>
    /// <param name="accessKeyId">The access key id (<c>AKIA...</c> or <c>ASIA...</c>).</param>
    /// <param name="secretAccessKey">The secret access key.</param>
    /// <param name="sessionToken">The session token of temporary credentials, or null.</param>
    /// <param name="expiration">When temporary credentials expire, or null for long-lived ones.</param>
    /// <exception cref="ArgumentNullException"><paramref name="accessKeyId"/> or <paramref name="secretAccessKey"/> is null.</exception>
    /// <exception cref="ArgumentException">A key is empty or whitespace, or a part has a control character (CR, LF...) inside it once trimmed; the message names the parameter and never quotes the value.</exception>
    public AwsCredentials(string accessKeyId, string secretAccessKey, string? sessionToken = null, DateTimeOffset? expiration = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretAccessKey);
        AccessKeyId = Checked(accessKeyId, nameof(accessKeyId))!;
        SecretAccessKey = Checked(secretAccessKey, nameof(secretAccessKey))!;
        SessionToken = Checked(sessionToken, nameof(sessionToken));
        Expiration = expiration;
    }

    /// <summary>The access key id.</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key. Never logged or shown by <see cref="ToString"/>.</summary>
    public string SecretAccessKey { get; }

    /// <summary>The session token of temporary credentials, or null. Never logged or shown by <see cref="ToString"/>.</summary>
    public string? SessionToken { get; }

    /// <summary>When the credentials expire, or null when they do not.</summary>
    public DateTimeOffset? Expiration { get; }

    /// <inheritdoc />
    public bool Equals(AwsCredentials? other) =>
        other is not null
        && string.Equals(AccessKeyId, other.AccessKeyId, StringComparison.Ordinal)
        && string.Equals(SecretAccessKey, other.SecretAccessKey, StringComparison.Ordinal)
        && string.Equals(SessionToken, other.SessionToken, StringComparison.Ordinal)
        && Expiration == other.Expiration;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AwsCredentials other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AccessKeyId, Expiration);

    /// <summary>The access key id and expiry; the secret key and session token are redacted.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, SessionToken = {(SessionToken is null ? "(none)" : "***")}, Expiration = {(Expiration is { } e ? e.ToString("O", System.Globalization.CultureInfo.InvariantCulture) : "(none)")} }}";

    private static string? Checked(string? value, string parameter)
    {
        var trimmed = CredentialPart.Trim(value);
        if (trimmed is not null && CredentialPart.FindControl(trimmed) is { } c)
        {
            throw new ArgumentException(CredentialPart.Describe(parameter, c), parameter);
        }
        return trimmed;
    }
}
