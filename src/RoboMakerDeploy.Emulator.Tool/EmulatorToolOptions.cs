using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace RoboMakerDeploy.Emulator.Tool;

/// <summary>
/// The options of robomaker-emulator: every flag of the former hand-written parser with its meaning
/// (<c>--port</c>, <c>--region</c>, <c>--access-key</c>, <c>--secret-key</c>, <c>--robots-per-fleet</c>,
/// <c>--job-seconds</c>, <c>--no-signatures</c>, <c>--strict</c>, <c>--account</c>), plus <c>--world-mode</c>
/// and <c>--state-file</c>. Each maps to a <see cref="RoboMakerEmulatorOptions"/> setting.
/// </summary>
internal sealed class EmulatorToolOptions
{
    /// <summary>The port when none is given: the one LocalStack made usual for local AWS endpoints.</summary>
    public const int DefaultPort = 4566;

    public Option<int> Port { get; } = new("--port")
    {
        Description = $"TCP port on 127.0.0.1; 0 picks a free port (the URL is printed as 'Listening on http://127.0.0.1:PORT'). Default: {DefaultPort}.",
        HelpName = "PORT",
        DefaultValueFactory = _ => DefaultPort,
        CustomParser = static result => ParseInt(result, 0, 65535) ?? 0,
    };

    public Option<string> Region { get; } = new("--region")
    {
        Description = $"The Region served: fleet ARNs and signatures must name it. Default: {RoboMakerEmulatorOptions.DefaultRegion}.",
        HelpName = "REGION",
        DefaultValueFactory = _ => RoboMakerEmulatorOptions.DefaultRegion,
    };

    public Option<string?> AccessKey { get; } = new("--access-key")
    {
        Description = $"The access key id accepted (with --secret-key). Default: {RoboMakerEmulatorOptions.ExampleAccessKeyId}, the SigV4 documentation's example.",
        HelpName = "ID",
    };

    public Option<string?> SecretKey { get; } = new("--secret-key")
    {
        Description = "Its secret access key (with --access-key). Default: the SigV4 documentation's example secret.",
        HelpName = "SECRET",
    };

    public Option<int> RobotsPerFleet { get; } = new("--robots-per-fleet")
    {
        Description = "Robots of each fleet the emulator creates on first use (auto-create mode), 1 to 1000. Default: 8.",
        HelpName = "N",
        DefaultValueFactory = _ => 8,
        CustomParser = static result => ParseInt(result, 1, 1000) ?? 0,
    };

    public Option<double> JobSeconds { get; } = new("--job-seconds")
    {
        Description = "Seconds a deployment job takes from creation to its end (fractions allowed, at most 86400). Default: 5.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => 5,
        CustomParser = ParseSeconds,
    };

    public Option<bool> NoSignatures { get; } = new("--no-signatures")
    {
        Description = "Accept unsigned requests (signatures are verified by default).",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Short for --world-mode strict.",
    };

    public Option<string?> WorldMode { get; } = CreateWorldMode();

    public Option<string> Account { get; } = new("--account")
    {
        Description = $"The account id (12 digits) in the ARNs of the resources created. Default: {RoboMakerEmulatorOptions.DefaultAccountId}.",
        HelpName = "ID",
        DefaultValueFactory = _ => RoboMakerEmulatorOptions.DefaultAccountId,
    };

    public Option<string?> StateFile { get; } = new("--state-file")
    {
        Description = "A JSON file that keeps the world between runs: loaded at start when it exists, saved on shutdown (Ctrl+C, SIGTERM) and on POST /_emulator/save. Default: none (the world lasts one run).",
        HelpName = "PATH",
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Port);
        root.Options.Add(Region);
        root.Options.Add(AccessKey);
        root.Options.Add(SecretKey);
        root.Options.Add(RobotsPerFleet);
        root.Options.Add(JobSeconds);
        root.Options.Add(NoSignatures);
        root.Options.Add(Strict);
        root.Options.Add(WorldMode);
        root.Options.Add(Account);
        root.Options.Add(StateFile);
    }

    /// <summary>The emulator's settings from a parse without errors, or the problems that make it a usage error.</summary>
    public RoboMakerEmulatorOptions? ToEmulatorOptions(ParseResult parseResult, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        var options = new RoboMakerEmulatorOptions
        {
            Port = parseResult.GetValue(Port),
            Region = parseResult.GetValue(Region)!,
            AccountId = parseResult.GetValue(Account)!,
            RobotsPerFleet = parseResult.GetValue(RobotsPerFleet),
            JobDuration = TimeSpan.FromSeconds(parseResult.GetValue(JobSeconds)),
            RequireSignatures = !parseResult.GetValue(NoSignatures),
            StateFile = parseResult.GetValue(StateFile),
        };

        var strict = parseResult.GetValue(Strict);
        var mode = parseResult.GetValue(WorldMode);
        if (strict && mode == "auto-create") found.Add("--strict and --world-mode auto-create contradict each other.");
        options.WorldMode = strict || mode == "strict" ? EmulatorWorldMode.Strict : EmulatorWorldMode.AutoCreate;

        var accessKey = parseResult.GetValue(AccessKey);
        var secretKey = parseResult.GetValue(SecretKey);
        if ((accessKey is null) != (secretKey is null)) found.Add("--access-key and --secret-key go together.");
        else if (accessKey is not null)
        {
            if (accessKey.Length == 0 || secretKey!.Length == 0) found.Add("--access-key and --secret-key must not be empty.");
            else options.Credentials = new Dictionary<string, string>(StringComparer.Ordinal) { [accessKey] = secretKey };
        }
        if (options.StateFile is { Length: 0 }) found.Add("--state-file must name a file.");

        // The library's own checks (Region and account formats) say what is wrong in its terms; name the flags here.
        if (!found.Any()) found.AddRange(options.Validate().Select(Flagged));
        return found.Count == 0 ? options : null;
    }

    private static string Flagged(string problem) =>
        problem.StartsWith("Region", StringComparison.Ordinal) ? "--region: " + problem
        : problem.StartsWith("AccountId", StringComparison.Ordinal) ? "--account: " + problem
        : problem;

    private static Option<string?> CreateWorldMode()
    {
        var option = new Option<string?>("--world-mode")
        {
            Description = "How unknown fleets are answered: 'auto-create' (the default) creates them with --robots-per-fleet robots; 'strict' answers ResourceNotFoundException as the service does, so fleets, robots and applications must be created first.",
            HelpName = "auto-create|strict",
        };
        option.AcceptOnlyFromAmong("auto-create", "strict");
        return option;
    }

    private static int? ParseInt(ArgumentResult result, int min, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        result.AddError($"{OptionName(result)} must be a number from {min} to {max}; got '{text}'.");
        return null;
    }

    private static double ParseSeconds(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86400) return seconds;
        result.AddError($"--job-seconds must be a positive number of seconds (at most 86400); got '{text}'.");
        return 0;
    }

    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult parent ? parent.Option.Name : "option";
}
