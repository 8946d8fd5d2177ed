using RoboMakerDeploy.Auth;

namespace RoboMakerDeploy;

/// <summary>The settings a client resolves once from its options and the environment: Region, endpoint, credentials.</summary>
internal sealed record ClientSettings(string Region, Uri Endpoint, IAwsCredentialsProvider Credentials)
{
    /// <summary>The SigV4 service name of RoboMaker.</summary>
    public const string SigningService = "robomaker";

    public static ClientSettings Resolve(RoboMakerDeployClientOptions options)
    {
        var region = AwsRegionResolver.Resolve(options.Region, options.Profile);
        var endpoint = options.ServiceUrl ?? AwsEndpoints.ForRegion(region);
        var credentials = options.Credentials ?? DefaultCredentialsProvider.Create(options.Profile, options.TimeProvider);
        return new ClientSettings(region, endpoint, credentials);
    }
}
