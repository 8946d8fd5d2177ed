namespace RoboMakerDeploy;

/// <summary>Checks AWS Region names such as <c>us-west-2</c> or <c>cn-north-1</c>.</summary>
internal static class RegionName
{
    /// <summary>Whether <paramref name="region"/> has the form of an AWS Region name.</summary>
    /// <param name="region">The candidate.</param>
    /// <returns>True for names like <c>us-west-2</c>, <c>us-gov-west-1</c>, <c>cn-north-1</c>.</returns>
    public static bool IsValid(string? region)
    {
        if (string.IsNullOrEmpty(region) || region.Length > 63) return false;
        var parts = region.Split('-');
        if (parts.Length < 3) return false;
        foreach (var part in parts)
        {
            if (part.Length == 0) return false;
            foreach (var c in part)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9'))) return false;
            }
        }
        return char.IsAsciiDigit(parts[^1][0]) && parts[^1].All(char.IsAsciiDigit);
    }
}
