using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Emulator.Tool;

// Ctrl+C and SIGTERM (kill, docker stop) stop the server cleanly, so the world is saved to the state file.
using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var loggerFactory = LoggerFactory.Create(static logging => logging.AddSimpleConsole(static console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
}));

return await EmulatorTool.RunAsync(args, Console.Out, Console.Error, stop.Token, loggerFactory);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
