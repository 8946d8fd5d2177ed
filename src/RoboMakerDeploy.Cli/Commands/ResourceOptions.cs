using System.CommandLine;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>What the <c>fleet</c>, <c>robot</c> and <c>app</c> groups share: list limits, tags, one-of values.</summary>
internal static class ResourceOptions
{
    public static Option<int?> MaxItems(string noun) =>
        new("--max-items") { HelpName = "N", Description = $"Stop after N {noun}. Default: every one, across all pages.", CustomParser = OptionParsers.ParsePositiveInt };

    public static Option<int?> PageSize(string noun, int max) =>
        new("--page-size") { HelpName = "N", Description = $"{char.ToUpperInvariant(noun[0])}{noun[1..]} per request (1-{max}). Default: the service's.", CustomParser = OptionParsers.IntInRange(1, max) };

    public static Option<Dictionary<string, string>?> Tags(string noun) => CreateCommand.KeyValues("--tag", $"A tag of the {noun} (repeatable).");

    /// <summary>An option taking one of the model's enum values, sent as written.</summary>
    public static Option<string> OneOf(string name, string description, bool required, params string[] values)
    {
        var option = new Option<string>(name) { Required = required, HelpName = string.Join('|', values), Description = description };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The items of a paginator, at most <paramref name="limit"/> (a page is only fetched while more are wanted).</summary>
    public static async Task<List<T>> TakeAsync<T>(IAsyncEnumerable<T> items, int? limit, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        var max = limit ?? int.MaxValue;
        if (max <= 0) return list;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
            if (list.Count >= max) break;
        }
        return list;
    }
}
