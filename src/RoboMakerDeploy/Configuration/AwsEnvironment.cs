namespace RoboMakerDeploy;

/// <summary>
/// Where the SDK reads environment variables and the home folder from. <see cref="System"/> is the real
/// process environment; tests pass their own lookup and folder, so nothing real is read.
/// </summary>
public sealed class AwsEnvironment
{
    private readonly Func<string, string?> _getVariable;
    private readonly string? _homeFolder;
    private readonly bool _useProfileFolder;

    /// <summary>Creates an environment over a variable lookup and a home folder.</summary>
    /// <param name="getVariable">Gives the value of an environment variable, or null.</param>
    /// <param name="homeFolder">The home folder (holding <c>.aws/</c>); null to take it from <c>HOME</c> or <c>USERPROFILE</c> through <paramref name="getVariable"/>.</param>
    public AwsEnvironment(Func<string, string?> getVariable, string? homeFolder = null)
        : this(getVariable, homeFolder, useProfileFolder: false)
    {
    }

    private AwsEnvironment(Func<string, string?> getVariable, string? homeFolder, bool useProfileFolder)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        _getVariable = getVariable;
        _homeFolder = homeFolder;
        _useProfileFolder = useProfileFolder;
    }

    /// <summary>The process's environment variables and the user's home folder.</summary>
    public static AwsEnvironment System { get; } = new(Environment.GetEnvironmentVariable, null, useProfileFolder: true);

    /// <summary>The value of an environment variable; null when it is unset or empty.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The value, or null.</returns>
    public string? GetVariable(string name)
    {
        var value = _getVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>The home folder: as given, else <c>HOME</c>, else <c>USERPROFILE</c>, else (real environment only) the user profile folder.</summary>
    public string? HomeFolder =>
        _homeFolder
        ?? GetVariable("HOME")
        ?? GetVariable("USERPROFILE")
        ?? (GetVariable("HOMEDRIVE") is { } drive && GetVariable("HOMEPATH") is { } path ? drive + path : null)
        ?? (_useProfileFolder ? Blank(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)) : null);

    /// <summary>Expands a leading <c>~</c> to the home folder.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The expanded path.</returns>
    public string ExpandHome(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            var home = HomeFolder ?? throw new AwsConfigurationException($"Cannot expand '~' in '{path}': the home folder is unknown.");
            return path.Length == 1 ? home : Path.Combine(home, path[2..]);
        }
        return path;
    }

    private static string? Blank(string value) => string.IsNullOrEmpty(value) ? null : value;
}
