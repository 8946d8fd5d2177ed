using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy.Emulator.Hosting;

internal static partial class EmulatorLog
{
    [LoggerMessage(10, LogLevel.Information, "RoboMaker emulator listening on {Endpoint} (Region {Region})")]
    public static partial void Listening(ILogger logger, Uri endpoint, string region);

    [LoggerMessage(11, LogLevel.Warning, "Signature verification is not available in this build: every request is accepted")]
    public static partial void SignaturesNotVerified(ILogger logger);
}
