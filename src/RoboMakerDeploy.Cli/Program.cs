using RoboMakerDeploy.Cli;

using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the running command cleanly; a second one ends the process.
    if (interrupt.IsCancellationRequested) return;
    e.Cancel = true;
    interrupt.Cancel();
};

return await CliApp.RunAsync(args, CliEnvironment.CreateDefault(), interrupt.Token);
