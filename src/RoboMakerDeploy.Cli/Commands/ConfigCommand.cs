using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>
/// <c>config</c>: the settings a command would use (Region, endpoint, FIPS / dual-stack, retries, app id, profile,
/// files, credentials) and where each came from, with secrets masked. Sends nothing.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CliEnvironment environment, GlobalOptions options)
    {
        var command = new Command(
            "config",
            "Show the settings commands would use and where each came from (option, environment variable, profile, default); secrets are masked. Sends nothing.");
        CommandRunner.SetAction(command, environment, options, async (context, cancellationToken) =>
        {
            var clientOptions = context.ClientOptions();
            var settings = new List<ResolvedSetting>(ResolvedConfiguration.Describe(clientOptions));
            settings.AddRange(await DescribeCredentialsAsync(clientOptions, cancellationToken));
            if (context.Json) WriteJson(context.Environment.Out, settings);
            else context.Environment.Console.Write(Table(settings));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The settings as a table: setting, value, source.</summary>
    public static Table Table(IEnumerable<ResolvedSetting> settings)
    {
        var table = new Table().AddColumn("Setting").AddColumn("Value").AddColumn("Source");
        foreach (var setting in settings)
        {
            table.AddRow(Markup.Escape(setting.Name), Markup.Escape(setting.Value), Markup.Escape(setting.Source));
        }
        return table;
    }

    /// <summary>The settings as plain lines (<c>--verbose</c> writes these to standard error).</summary>
    public static void WriteLines(TextWriter writer, IEnumerable<ResolvedSetting> settings)
    {
        foreach (var setting in settings) writer.WriteLine($"config: {setting.Name} = {setting.Value} ({setting.Source})");
    }

    /// <summary>
    /// The credentials the chain finds now, masked: the access key id's last four characters, whether a secret key
    /// and a session token are set. Never the secret key, session token or a signature.
    /// </summary>
    public static async Task<IReadOnlyList<ResolvedSetting>> DescribeCredentialsAsync(RoboMakerDeployClientOptions options, CancellationToken cancellationToken)
    {
        var provider = options.Credentials ?? DefaultCredentialsProvider.Create(options.Profile, options.TimeProvider, options.Environment);
        var source = provider.GetType().Name;
        try
        {
            var credentials = await provider.GetCredentialsAsync(cancellationToken);
            return
            [
                new("aws_access_key_id", Mask(credentials.AccessKeyId), source),
                new("aws_secret_access_key", "(set, hidden)", source),
                new("aws_session_token", credentials.SessionToken is null ? "(none)" : "(set, hidden)", source),
            ];
        }
        catch (AwsConfigurationException ex)
        {
            return [new("aws_access_key_id", "(not found)", ex.Message.ReplaceLineEndings(" "))];
        }
    }

    private static string Mask(string accessKeyId) =>
        accessKeyId.Length <= 4 ? "****" : new string('*', accessKeyId.Length - 4) + accessKeyId[^4..];

    private static void WriteJson(TextWriter writer, IEnumerable<ResolvedSetting> settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var setting in settings)
            {
                json.WriteStartObject();
                json.WriteString("name", setting.Name);
                json.WriteString("value", setting.Value);
                json.WriteString("source", setting.Source);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
