using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy.Emulator.Hosting;

internal static partial class EmulatorLog
{
    [LoggerMessage(10, LogLevel.Information, "RoboMaker emulator listening on {Endpoint} (Region {Region})")]
    public static partial void Listening(ILogger logger, Uri endpoint, string region);
}
