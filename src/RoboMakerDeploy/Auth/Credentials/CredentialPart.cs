namespace RoboMakerDeploy;

/// <summary>
/// The one place where credential parts (access key id, secret access key, session token) are
/// normalised, whatever their source: surrounding whitespace is trimmed (a value read from a CRLF file
/// or an environment variable set from one ends in <c>\r</c>), and a control character left inside is
/// refused with an error naming the source and the part, never quoting the value. A part with a line
/// break would otherwise be sent inside an HTTP header line: a malformed request the server answers
/// with a bare 400 that does not point at the credentials.
/// </summary>
internal static class CredentialPart
{
    /// <summary>Trims <paramref name="value"/> and refuses control characters inside it.</summary>
    /// <param name="value">The value as read, or null.</param>
    /// <param name="name">The part's name at its source (e.g. <c>AWS_SESSION_TOKEN</c>, <c>aws_session_token</c>, <c>SessionToken</c>).</param>
    /// <param name="source">Where it was read (e.g. "environment variables", "shared credentials file '~/.aws/credentials': profile 'dev'").</param>
    /// <returns>The trimmed value, or null when it is null, empty or only whitespace.</returns>
    /// <exception cref="AwsConfigurationException">A control character is left inside the trimmed value.</exception>
    public static string? Normalize(string? value, string name, string source)
    {
        var trimmed = Trim(value);
        if (trimmed is not null && FindControl(trimmed) is { } c)
        {
            throw new AwsConfigurationException($"{source}: {Describe(name, c)}");
        }
        return trimmed;
    }

    /// <summary>The value without surrounding whitespace, or null when nothing is left.</summary>
    /// <param name="value">The value, or null.</param>
    /// <returns>The trimmed value or null.</returns>
    public static string? Trim(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>The first control character (C0, DEL, C1: CR, LF, NUL, tab...) in <paramref name="value"/>, or null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The character or null.</returns>
    public static char? FindControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c)) return c;
        }
        return null;
    }

    /// <summary>Says what is wrong with a part without quoting it.</summary>
    /// <param name="name">The part's name.</param>
    /// <param name="control">The control character found.</param>
    /// <returns>The sentence.</returns>
    public static string Describe(string name, char control) =>
        $"{name} contains a control character (U+{(int)control:X4}) inside it. Credentials are single-line printable text " +
        "(surrounding whitespace and line ends are trimmed); the value is not shown.";
}
