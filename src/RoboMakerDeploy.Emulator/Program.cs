using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using RoboMakerDeploy.Emulator;
using RoboMakerDeploy.Emulator.Hosting;

// The standalone server: dotnet run --project src/RoboMakerDeploy.Emulator -- --port 4566
var parsed = EmulatorCommandLine.Parse(args);
if (parsed.ShowHelp)
{
    Console.WriteLine(EmulatorCommandLine.Usage);
    return 0;
}
if (parsed.Options is not { } options)
{
    await Console.Error.WriteLineAsync(parsed.Error).ConfigureAwait(false);
    await Console.Error.WriteLineAsync(EmulatorCommandLine.Usage).ConfigureAwait(false);
    return 2;
}

using var loggerFactory = LoggerFactory.Create(static logging => logging.AddSimpleConsole(static console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
}));
options.Logger = loggerFactory.CreateLogger("RoboMakerDeploy.Emulator");

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.TrySetResult();
});

await using (var emulator = await RoboMakerEmulator.StartAsync(options).ConfigureAwait(false))
{
    Console.WriteLine($"RoboMaker emulator on {emulator.Endpoint} (Region {emulator.Region}, {(options.WorldMode == EmulatorWorldMode.Strict ? "strict world" : $"auto-created fleets of {options.RobotsPerFleet} robots")}, jobs take {options.JobDuration.TotalSeconds:0.###} s, signatures {(emulator.VerifiesSignatures ? "verified" : "NOT verified")}). Ctrl+C stops it.");
    await stop.Task.ConfigureAwait(false);
}
return 0;
