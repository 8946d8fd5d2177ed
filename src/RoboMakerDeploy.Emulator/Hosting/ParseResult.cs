namespace RoboMakerDeploy.Emulator.Hosting;

/// <summary>The outcome of parsing the standalone server's arguments.</summary>
internal sealed record ParseResult(RoboMakerEmulatorOptions? Options, string? Error, bool ShowHelp)
{
    public static ParseResult Success(RoboMakerEmulatorOptions options) => new(options, null, false);

    public static ParseResult Fail(string error) => new(null, error, false);

    public static ParseResult Help() => new(null, null, true);
}
