using System.CommandLine;

namespace RoboMakerDeploy.Cli;

/// <summary>The options every command takes (<c>--endpoint</c>, <c>--region</c>, <c>--profile</c>, <c>--output</c>, <c>--verbose</c>).</summary>
internal sealed class GlobalOptions
{
    public Option<Uri?> Endpoint { get; } = new("--endpoint")
    {
        Description = "The endpoint to send requests to, e.g. an emulator (http://localhost:5000). Default: AWS_ENDPOINT_URL_ROBOMAKER, AWS_ENDPOINT_URL, the profile's services section or endpoint_url (unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS), else https://robomaker.{region}.amazonaws.com (FIPS / dual-stack per AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT).",
        HelpName = "URL",
        Recursive = true,
        CustomParser = OptionParsers.ParseEndpoint,
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "The AWS Region to sign for (and send to, without --endpoint). Default: AWS_REGION, AWS_DEFAULT_REGION or the profile's region.",
        HelpName = "REGION",
        Recursive = true,
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "The shared-config profile to take credentials and Region from. Default: AWS_PROFILE or 'default'.",
        HelpName = "NAME",
        Recursive = true,
    };

    public Option<string> Output { get; } = CreateOutput();

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print where each setting came from, log every request, retry and poll to standard error, and print stack traces of errors.",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Endpoint);
        root.Options.Add(Region);
        root.Options.Add(Profile);
        root.Options.Add(Output);
        root.Options.Add(Verbose);
    }

    private static Option<string> CreateOutput()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "How to print results: 'table' for people, 'json' for one JSON document of the SDK's models with the wire member names.",
            HelpName = "table|json",
            Recursive = true,
            DefaultValueFactory = _ => "table",
        };
        option.AcceptOnlyFromAmong("table", "json");
        return option;
    }
}
