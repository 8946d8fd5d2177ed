namespace RoboMakerDeploy;

/// <summary>
/// The RoboMaker endpoint of each Region, with the FIPS and dual-stack host names the service used. Source:
/// botocore's <c>endpoints.json</c> (RoboMaker's Regions and each partition's variants) and RoboMaker's
/// <c>endpoint-rule-set-1.json</c> (host templates <c>robomaker[-fips].{region}.{dnsSuffix|dualStackDnsSuffix}</c>).
/// </summary>
internal static class AwsEndpoints
{
    /// <summary>The Regions RoboMaker ran in (botocore <c>endpoints.json</c>: partitions <c>aws</c> and <c>aws-us-gov</c>); only there were FIPS and dual-stack hosts offered.</summary>
    public static IReadOnlyList<string> ServiceRegions { get; } =
        ["ap-northeast-1", "ap-southeast-1", "eu-central-1", "eu-west-1", "us-east-1", "us-east-2", "us-west-2", "us-gov-west-1"];

    /// <summary>The endpoint of RoboMaker in <paramref name="region"/>: <c>https://robomaker.{region}.amazonaws.com</c> (<c>.com.cn</c> in China).</summary>
    /// <param name="region">The Region.</param>
    /// <returns>The endpoint URL.</returns>
    public static Uri ForRegion(string region) =>
        new(region.StartsWith("cn-", StringComparison.Ordinal)
            ? $"https://robomaker.{region}.amazonaws.com.cn/"
            : $"https://robomaker.{region}.amazonaws.com/");

    /// <summary>
    /// The endpoint of RoboMaker in <paramref name="region"/>, as the AWS SDKs build it from
    /// <c>use_fips_endpoint</c> and <c>use_dualstack_endpoint</c>: FIPS <c>https://robomaker-fips.{region}.amazonaws.com</c>,
    /// dual-stack <c>https://robomaker.{region}.api.aws</c>, both <c>https://robomaker-fips.{region}.api.aws</c>;
    /// neither gives <see cref="ForRegion(string)"/>.
    /// </summary>
    /// <param name="region">The Region.</param>
    /// <param name="useFipsEndpoint">Whether to use the FIPS 140-validated host.</param>
    /// <param name="useDualstackEndpoint">Whether to use the IPv4-and-IPv6 host.</param>
    /// <returns>The endpoint URL.</returns>
    /// <exception cref="AwsConfigurationException">FIPS or dual-stack was asked for in a Region where RoboMaker never offered it (any Region outside <see cref="ServiceRegions"/>).</exception>
    public static Uri ForRegion(string region, bool useFipsEndpoint, bool useDualstackEndpoint)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (!useFipsEndpoint && !useDualstackEndpoint) return ForRegion(region);
        if (!ServiceRegions.Contains(region))
        {
            var variant = useFipsEndpoint && useDualstackEndpoint ? "FIPS dual-stack" : useFipsEndpoint ? "FIPS" : "dual-stack";
            throw new AwsConfigurationException(
                $"RoboMaker never offered a {variant} endpoint in Region '{region}': it ran only in {string.Join(", ", ServiceRegions)}. " +
                "Turn off use_fips_endpoint / use_dualstack_endpoint (AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT) or choose one of those Regions.");
        }
        var host = useFipsEndpoint ? "robomaker-fips" : "robomaker";
        var suffix = useDualstackEndpoint ? "api.aws" : "amazonaws.com"; // both partitions (aws, aws-us-gov) use these suffixes
        return new Uri($"https://{host}.{region}.{suffix}/");
    }
}
