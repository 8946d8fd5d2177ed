using Microsoft.Extensions.Hosting;

namespace RoboMakerDeploy.Emulator.Hosting;

/// <summary>
/// A host lifetime that leaves the process alone: no Ctrl+C or SIGTERM handlers, because the emulator runs
/// inside someone else's process (a test, a CLI) which owns those signals.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
