namespace RoboMakerDeploy;

/// <summary>Resolves the AWS Region: explicit value, else <c>AWS_REGION</c>, else <c>AWS_DEFAULT_REGION</c>, else the profile's <c>region</c>.</summary>
public static class AwsRegionResolver
{
    /// <summary>The first Region variable.</summary>
    public const string RegionVariable = "AWS_REGION";

    /// <summary>The second Region variable.</summary>
    public const string DefaultRegionVariable = "AWS_DEFAULT_REGION";

    /// <summary>Resolves the Region from the real environment and shared files.</summary>
    /// <param name="region">The explicitly configured Region, or null.</param>
    /// <param name="profile">The profile name, or null for <c>AWS_PROFILE</c> or <c>default</c>.</param>
    /// <returns>The Region.</returns>
    /// <exception cref="AwsConfigurationException">No source gives a Region, or the Region found is not a valid name.</exception>
    public static string Resolve(string? region, string? profile) => Resolve(region, profile, AwsEnvironment.System);

    /// <summary>Resolves the Region through an injected environment.</summary>
    /// <param name="region">The explicitly configured Region, or null.</param>
    /// <param name="profile">The profile name, or null for <c>AWS_PROFILE</c> or <c>default</c>.</param>
    /// <param name="environment">Where variables and the home folder are looked up.</param>
    /// <returns>The Region.</returns>
    /// <exception cref="AwsConfigurationException">No source gives a Region, or the Region found is not a valid name.</exception>
    public static string Resolve(string? region, string? profile, AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (region is not null) return Checked(region, "the Region option");
        return Resolve(null, new ConfigurationSources(environment, profile)).Value;
    }

    /// <summary>Resolves the Region from sources already read, with where it came from.</summary>
    internal static Sourced<string> Resolve(string? region, ConfigurationSources sources)
    {
        if (region is not null) return new(Checked(region, "the Region option"), "option Region");
        if (sources.Environment.GetVariable(RegionVariable) is { } fromRegion) return new(Checked(fromRegion, RegionVariable), $"environment {RegionVariable}");
        if (sources.Environment.GetVariable(DefaultRegionVariable) is { } fromDefault) return new(Checked(fromDefault, DefaultRegionVariable), $"environment {DefaultRegionVariable}");
        if (sources.ProfileSetting("region") is { } fromProfile) return new(Checked(fromProfile.Value, fromProfile.Source), fromProfile.Source);

        throw new AwsConfigurationException(
            $"No AWS Region is configured. Set the Region option, the {RegionVariable} or {DefaultRegionVariable} environment variable, " +
            $"or 'region' in profile '{sources.ProfileName}' of the shared config file ('{sources.ConfigFilePath ?? "(home folder unknown)"}').");
    }

    private static string Checked(string region, string source)
    {
        var trimmed = region.Trim();
        if (!RegionName.IsValid(trimmed))
        {
            throw new AwsConfigurationException($"The Region '{region}' from {source} is not a valid AWS Region name (for example us-west-2).");
        }
        return trimmed;
    }
}
