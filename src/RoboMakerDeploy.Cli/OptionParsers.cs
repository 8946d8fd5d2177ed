using System.CommandLine.Parsing;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Cli;

/// <summary>Parsers of option values; a malformed value becomes a usage error (exit code 2).</summary>
internal static class OptionParsers
{
    public static Uri? ParseEndpoint(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }
        result.AddError($"--endpoint '{text}' is not an absolute http or https URL.");
        return null;
    }

    /// <summary>Repeated KEY=VALUE tokens (--env, --tag) into a dictionary; null when none were given.</summary>
    public static Dictionary<string, string>? ParseKeyValues(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return null;
        var option = result.Parent is OptionResult parent ? parent.Option.Name : "option";
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in result.Tokens)
        {
            var separator = token.Value.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                result.AddError($"{option} '{token.Value}' is not of the form KEY=VALUE.");
                return null;
            }
            var key = token.Value[..separator];
            if (!pairs.TryAdd(key, token.Value[(separator + 1)..]))
            {
                result.AddError($"{option} gives '{key}' more than once.");
                return null;
            }
        }
        return pairs;
    }

    /// <summary>An S3 location <c>s3://bucket/key</c> with an optional <c>#etag</c>.</summary>
    public static S3Object? ParseS3Object(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (text is null) return null;
        if (TryParseS3(text, out var s3)) return s3;
        result.AddError($"--download-condition '{text}' is not of the form s3://bucket/key[#etag].");
        return null;
    }

    public static bool TryParseS3(string text, out S3Object? s3)
    {
        s3 = null;
        const string scheme = "s3://";
        if (!text.StartsWith(scheme, StringComparison.Ordinal)) return false;
        var rest = text[scheme.Length..];
        string? etag = null;
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            etag = rest[(hash + 1)..];
            rest = rest[..hash];
            if (etag.Length == 0) return false;
        }
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1) return false;
        s3 = new S3Object { Bucket = rest[..slash], Key = rest[(slash + 1)..], Etag = etag };
        return true;
    }

    /// <summary>A positive whole number (--max-items, --timeout).</summary>
    public static int? ParsePositiveInt(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (text is null) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0) return value;
        var option = result.Parent is OptionResult parent ? parent.Option.Name : "option";
        result.AddError($"{option} '{text}' is not a positive whole number.");
        return null;
    }

    /// <summary>
    /// A whole number within the range the service accepts (--page-size 1-200, percentages 1-100): out of range
    /// it is a usage error (exit code 2) here, rather than a validation error of the SDK (exit code 1).
    /// </summary>
    public static Func<ArgumentResult, int?> IntInRange(int min, int max) => result =>
        ParseInRange(result, min, max) is { } value ? (int)value : null;

    /// <summary>A whole number within a range, as a long (--robot-timeout 60-604800).</summary>
    public static Func<ArgumentResult, long?> LongInRange(long min, long max) => result => ParseInRange(result, min, max);

    private static long? ParseInRange(ArgumentResult result, long min, long max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
        if (text is null) return null;
        var option = result.Parent is OptionResult parent ? parent.Option.Name : "option";
        if (!long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{option} '{text}' is not a whole number.");
            return null;
        }
        if (value < min || value > max)
        {
            result.AddError($"{option} must be between {min} and {max}; got {value}.");
            return null;
        }
        return value;
    }

    /// <summary>Job statuses as the service spells them, matched case-insensitively.</summary>
    public static readonly string[] Statuses = ["Pending", "Preparing", "InProgress", "Failed", "Succeeded", "Canceled"];

    public static string[]? ParseStatuses(ArgumentResult result)
    {
        if (result.Tokens.Count == 0) return null;
        var statuses = new List<string>(result.Tokens.Count);
        foreach (var token in result.Tokens)
        {
            var match = Array.Find(Statuses, s => string.Equals(s, token.Value, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                result.AddError($"--status '{token.Value}' is not one of {string.Join(", ", Statuses)}.");
                return null;
            }
            if (!statuses.Contains(match)) statuses.Add(match);
        }
        return [.. statuses];
    }
}
