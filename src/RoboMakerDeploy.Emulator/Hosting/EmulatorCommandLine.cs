using System.Globalization;

namespace RoboMakerDeploy.Emulator.Hosting;

/// <summary>The standalone server's arguments: <c>--port</c>, <c>--region</c>, <c>--access-key</c>, <c>--secret-key</c>, <c>--robots-per-fleet</c>, <c>--job-seconds</c>, <c>--no-signatures</c>, <c>--strict</c>, <c>--account</c>, <c>--help</c>.</summary>
internal static class EmulatorCommandLine
{
    public const int DefaultPort = 4566;

    public const string Usage = """
        Usage: RoboMakerDeploy.Emulator [options]

        A local emulator of the AWS RoboMaker fleet-deployment API on http://127.0.0.1:<port>/.

        Options:
          --port <n>               TCP port on 127.0.0.1 (default 4566; 0 picks a free port)
          --region <name>          Region served (default us-west-2)
          --access-key <id>        Access key id accepted (default AKIDEXAMPLE); needs --secret-key
          --secret-key <secret>    Its secret access key (default the SigV4 documentation's example)
          --robots-per-fleet <n>   Robots in each fleet (default 8)
          --job-seconds <s>        Seconds a deployment job takes (default 5; fractions allowed)
          --no-signatures          Accept unsigned requests
          --strict                 Answer unknown fleets as the service does (ResourceNotFoundException)
                                   instead of creating them (the default auto-create mode)
          --account <id>           Account id of the resources created (default 123456789012)
          -h, --help               Show this help
        """;

    /// <summary>Parses the arguments: the options, or an error message, or a request for help.</summary>
    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        var options = new RoboMakerEmulatorOptions { Port = DefaultPort };
        string? accessKey = null;
        string? secretKey = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? inlineValue = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    return ParseResult.Help();
                case "--no-signatures":
                    options.RequireSignatures = false;
                    continue;
                case "--strict":
                    options.WorldMode = EmulatorWorldMode.Strict;
                    continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return ParseResult.Fail($"Unexpected argument '{arg}'.");
            }
            string value;
            if (inlineValue is not null) value = inlineValue;
            else if (i + 1 < args.Count) value = args[++i];
            else return ParseResult.Fail($"{arg} needs a value.");

            switch (arg)
            {
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
                    {
                        return ParseResult.Fail($"--port must be a number from 0 to 65535; got '{value}'.");
                    }
                    options.Port = port;
                    break;
                case "--region":
                    options.Region = value;
                    break;
                case "--access-key":
                    accessKey = value;
                    break;
                case "--account":
                    options.AccountId = value;
                    break;
                case "--secret-key":
                    secretKey = value;
                    break;
                case "--robots-per-fleet":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var robots) || robots is < 1 or > 1000)
                    {
                        return ParseResult.Fail($"--robots-per-fleet must be a number from 1 to 1000; got '{value}'.");
                    }
                    options.RobotsPerFleet = robots;
                    break;
                case "--job-seconds":
                    if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds is <= 0 or > 86400)
                    {
                        return ParseResult.Fail($"--job-seconds must be a positive number of seconds (at most 86400); got '{value}'.");
                    }
                    options.JobDuration = TimeSpan.FromSeconds(seconds);
                    break;
                default:
                    return ParseResult.Fail($"Unknown option '{arg}'.");
            }
        }

        if ((accessKey is null) != (secretKey is null))
        {
            return ParseResult.Fail("--access-key and --secret-key go together.");
        }
        if (accessKey is not null)
        {
            if (accessKey.Length == 0 || secretKey!.Length == 0) return ParseResult.Fail("--access-key and --secret-key must not be empty.");
            options.Credentials = new Dictionary<string, string>(StringComparer.Ordinal) { [accessKey] = secretKey };
        }
        var problems = options.Validate();
        return problems.Count > 0 ? ParseResult.Fail(string.Join(" ", problems)) : ParseResult.Success(options);
    }
}
