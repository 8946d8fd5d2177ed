using Microsoft.Extensions.DependencyInjection;

namespace RoboMakerDeploy;

/// <summary>Resolves named clients from the keyed registrations.</summary>
internal sealed class RoboMakerDeployClientFactory(IServiceProvider services) : IRoboMakerDeployClientFactory
{
    public IRoboMakerDeployClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return services.GetKeyedService<IRoboMakerDeployClient>(name)
            ?? throw new InvalidOperationException($"No RoboMakerDeploy client is registered under the name '{name}'. Register it with services.AddRoboMakerDeployClient(\"{name}\", ...).");
    }
}
