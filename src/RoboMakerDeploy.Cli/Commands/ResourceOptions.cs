using System.CommandLine;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli.Commands;

/// <summary>What the <c>fleet</c>, <c>robot</c> and <c>app</c> groups share: names, ARNs, list limits, filters, tags, one-of values.</summary>
internal static class ResourceOptions
{
    /// <summary>The model's <c>Architecture</c> values: a robot's (<c>--architecture</c>) and a source bundle's (<c>--source</c>).</summary>
    public static readonly string[] Architectures = ["X86_64", "ARM64", "ARMHF"];

    /// <summary>The required <c>--name</c> of a resource to create, with the model's rule for names.</summary>
    public static Option<string> Name(string noun) => CreateCommand.Required("--name", "NAME", $"The name of the {noun} (1-255 of a-z, A-Z, 0-9, _ and -).");

    /// <summary>The required ARN of the resource a command acts on: <c>--fleet</c>, <c>--robot</c> or <c>--application</c>.</summary>
    public static Option<string> Arn(string noun, string? purpose = null) =>
        CreateCommand.Required("--" + noun, "ARN", $"The ARN of the {noun}{(purpose is null ? string.Empty : " " + purpose)}.");

    /// <summary><c>--name</c> of a list command: the model's filter named <c>name</c>.</summary>
    public static Option<string?> NameFilter(string noun) => new("--name") { HelpName = "NAME", Description = $"Only the {noun} of this name." };

    /// <summary>The filters a <see cref="NameFilter"/> option sends: one named <c>name</c> with its value, or none.</summary>
    public static List<Filter>? NameFilters(ParseResult parseResult, Option<string?> name) =>
        parseResult.GetValue(name) is { } value ? [new Filter { Name = "name", Values = [value] }] : null;

    /// <summary>The <c>--max-items</c> and <c>--page-size</c> (maxResults, 1 to <paramref name="max"/>) of a list command.</summary>
    public static (Option<int?> MaxItems, Option<int?> PageSize) Paging(string noun, int max) => (MaxItems(noun), PageSize(noun, max));

    private static Option<int?> MaxItems(string noun) =>
        new("--max-items") { HelpName = "N", Description = $"Stop after N {noun}. Default: every one, across all pages.", CustomParser = OptionParsers.ParsePositiveInt };

    private static Option<int?> PageSize(string noun, int max) =>
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
