namespace RoboMakerDeploy;

/// <summary>Creates the clients registered by name with <c>AddRoboMakerDeployClient(name, ...)</c>.</summary>
public interface IRoboMakerDeployClientFactory
{
    /// <summary>Creates (or returns) the client registered under <paramref name="name"/>.</summary>
    /// <param name="name">The registration's name.</param>
    /// <returns>The client.</returns>
    IRoboMakerDeployClient CreateClient(string name);
}
