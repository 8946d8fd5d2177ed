using System.CommandLine;
using System.CommandLine.Invocation;
using Microsoft.Extensions.Logging;

namespace RoboMakerDeploy.Emulator.Tool;

/// <summary>The robomaker-emulator command line: parses the arguments, runs the server until stopped, returns the exit code.</summary>
internal static class EmulatorTool
{
    /// <summary>The name of the command.</summary>
    public const string CommandName = "robomaker-emulator";

    /// <summary>The line that announces the server's URL; scripts read the URL after it (with <c>--port 0</c>).</summary>
    public const string ListeningPrefix = "Listening on ";

    /// <summary>Runs robomaker-emulator.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where the URL and the summary go.</param>
    /// <param name="error">Where usage errors and failures go.</param>
    /// <param name="stop">Stops the server (Ctrl+C, SIGTERM); the world is then saved to the state file.</param>
    /// <param name="loggerFactory">Where the emulator logs one line per request; none when null.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken stop, ILoggerFactory? loggerFactory = null)
    {
        var options = new EmulatorToolOptions();
        var root = BuildRootCommand(options, loggerFactory);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors) error.WriteLine("error: " + parseError.Message);
            error.WriteLine($"Run '{CommandName} --help' for usage.");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // The caller owns the signals (Program.cs turns them into the stop token).
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(configuration, stop);
    }

    /// <summary>Parses the arguments into the emulator's settings, without running anything.</summary>
    /// <returns>The settings, or null with the errors a run would print (exit code 2).</returns>
    public static (RoboMakerEmulatorOptions? Options, IReadOnlyList<string> Errors) Parse(string[] args)
    {
        var options = new EmulatorToolOptions();
        var parseResult = BuildRootCommand(options, null).Parse(args);
        if (parseResult.Errors.Count > 0) return (null, [.. parseResult.Errors.Select(static e => e.Message)]);
        var emulatorOptions = options.ToEmulatorOptions(parseResult, out var problems);
        return (emulatorOptions, problems);
    }

    private static RootCommand BuildRootCommand(EmulatorToolOptions options, ILoggerFactory? loggerFactory)
    {
        var root = new RootCommand(
            "A local emulator of the AWS RoboMaker fleet-deployment API on http://127.0.0.1:PORT/: fleets, robots, robot applications and " +
            "deployment jobs, requests validated against the service model, SigV4 verified. Control endpoints under /_emulator/ " +
            "(health, faults, s3, save). Ctrl+C or SIGTERM stops it. Exit codes: 0 stopped, 1 could not start or save, 2 bad usage.");
        options.AddTo(root);
        foreach (var option in root.Options)
        {
            if (option is VersionOption version) version.Action = new VersionAction();
        }
        root.SetAction((parseResult, cancellationToken) => ServeAsync(parseResult, options, loggerFactory, cancellationToken));
        return root;
    }

    private static async Task<int> ServeAsync(ParseResult parseResult, EmulatorToolOptions toolOptions, ILoggerFactory? loggerFactory, CancellationToken stop)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        if (toolOptions.ToEmulatorOptions(parseResult, out var problems) is not { } options)
        {
            foreach (var problem in problems) error.WriteLine("error: " + problem);
            error.WriteLine($"Run '{CommandName} --help' for usage.");
            return ExitCodes.Usage;
        }
        options.Logger = loggerFactory?.CreateLogger("RoboMakerDeploy.Emulator");

        RoboMakerEmulator emulator;
        try
        {
            emulator = await RoboMakerEmulator.StartAsync(options, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A port in use surfaces as an IOException from Kestrel; an unreadable state file as InvalidDataException.
            error.WriteLine($"error: the emulator could not start: {ex.Message}");
            return ExitCodes.Failure;
        }

        var saveFailed = false;
        try
        {
            output.WriteLine(ListeningPrefix + emulator.Endpoint.GetLeftPart(UriPartial.Authority));
            var world = options.WorldMode == EmulatorWorldMode.Strict ? "strict world" : $"auto-created fleets of {options.RobotsPerFleet} robots";
            var state = options.StateFile is { } file ? $", state file {Path.GetFullPath(file)}" : string.Empty;
            output.WriteLine($"RoboMaker emulator on {emulator.Endpoint} (Region {emulator.Region}, {world}, jobs take {options.JobDuration.TotalSeconds:0.###} s, signatures {(emulator.VerifiesSignatures ? "verified" : "NOT verified")}{state}). Ctrl+C stops it.");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                // Stopped: fall through to the shutdown, which saves the world.
            }
        }
        finally
        {
            try
            {
                await emulator.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: the world could not be saved to {options.StateFile}: {ex.Message}");
                saveFailed = true;
            }
        }
        if (saveFailed) return ExitCodes.Failure;
        if (options.StateFile is { } saved) output.WriteLine($"World saved to {Path.GetFullPath(saved)}.");
        return ExitCodes.Success;
    }
}
