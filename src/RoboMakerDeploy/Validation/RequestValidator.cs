using System.Buffers;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Protocol;

/// <summary>
/// Checks requests against the documented constraints before anything is sent, so a mistake fails
/// fast with the wire name of the field at fault. Where the service's documents disagree, only what is
/// certain is enforced and the rest is left to the service.
/// </summary>
internal static class RequestValidator
{
    private const int MaxArnLength = 1224;

    private static readonly SearchValues<char> TokenChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-=");
    private static readonly SearchValues<char> FileNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");
    private static readonly SearchValues<char> TagChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.-/+=:");
    private static readonly SearchValues<char> EnvNameChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static void Validate(CreateDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientRequestToken(request.ClientRequestToken);
        Arn(request.Fleet, "fleet");

        if (request.DeploymentApplicationConfigs.Count != 1)
        {
            throw Fail("deploymentApplicationConfigs", $"must hold exactly one entry; it holds {request.DeploymentApplicationConfigs.Count}.");
        }
        var config = request.DeploymentApplicationConfigs[0]
            ?? throw Fail("deploymentApplicationConfigs[0]", "is required.");
        const string app = "deploymentApplicationConfigs[0]";
        Arn(config.Application, $"{app}.application");
        if (string.IsNullOrEmpty(config.ApplicationVersion) || config.ApplicationVersion.Length > 255 || config.ApplicationVersion.AsSpan().ContainsAnyExcept(Digits))
        {
            throw Fail($"{app}.applicationVersion", $"must be a numbered version of 1 to 255 digits ($LATEST cannot be deployed); got '{config.ApplicationVersion}'.");
        }
        var launch = config.LaunchConfig ?? throw Fail($"{app}.launchConfig", "is required.");
        FileName(launch.PackageName, $"{app}.launchConfig.packageName");
        FileName(launch.LaunchFile, $"{app}.launchConfig.launchFile");
        OptionalLength(launch.PreLaunchFile, 1, 1024, $"{app}.launchConfig.preLaunchFile");
        OptionalLength(launch.PostLaunchFile, 1, 1024, $"{app}.launchConfig.postLaunchFile");
        if (launch.EnvironmentVariables is { } variables)
        {
            if (variables.Count > 20)
            {
                throw Fail($"{app}.launchConfig.environmentVariables", $"may hold at most 20 variables; it holds {variables.Count}.");
            }
            // The SDK's own maps are enumerated through their dictionary's struct enumerator (no boxed enumerator per call).
            if (variables is EquatableDictionary own)
            {
                foreach (var variable in own.Items) EnvironmentVariable(variable, $"{app}.launchConfig.environmentVariables");
            }
            else
            {
                foreach (var variable in variables) EnvironmentVariable(variable, $"{app}.launchConfig.environmentVariables");
            }
        }

        if (request.DeploymentConfig is { } deployment)
        {
            Percentage(deployment.ConcurrentDeploymentPercentage, "deploymentConfig.concurrentDeploymentPercentage");
            Percentage(deployment.FailureThresholdPercentage, "deploymentConfig.failureThresholdPercentage");
            if (deployment.RobotDeploymentTimeoutInSeconds is { } timeout && timeout is < 60 or > 7 * 24 * 3600)
            {
                throw Fail("deploymentConfig.robotDeploymentTimeoutInSeconds", $"must be between 60 (1 minute) and 604800 (7 days); got {timeout}.");
            }
            if (deployment.DownloadConditionFile is { } file)
            {
                Length(file.Bucket, 3, 63, "deploymentConfig.downloadConditionFile.bucket");
                Length(file.Key, 1, 1024, "deploymentConfig.downloadConditionFile.key");
            }
        }

        Tags(request.Tags);
    }

    public static void Validate(DescribeDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(request.Job, "job");
    }

    public static void Validate(CancelDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Arn(request.Job, "job");
    }

    public static void Validate(SyncDeploymentJobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ClientRequestToken(request.ClientRequestToken);
        Arn(request.Fleet, "fleet");
    }

    public static void Validate(ListDeploymentJobsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxResults is { } max && max is < 1 or > 200)
        {
            throw Fail("maxResults", $"must be between 1 and 200; got {max}.");
        }
        if (request.Filters is not { } filters) return;
        if (filters.Count != 1)
        {
            throw Fail("filters", $"must hold one filter when set (status or fleetName, with up to three values); it holds {filters.Count}.");
        }
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i] ?? throw Fail($"filters[{i}]", "must not be null.");
            if (filter.Name is not ("status" or "fleetName"))
            {
                throw Fail($"filters[{i}].name", $"must be 'status' or 'fleetName'; got '{filter.Name}'.");
            }
            if (filter.Values.Count is < 1 or > 3)
            {
                throw Fail($"filters[{i}].values", $"must hold 1 to 3 values; it holds {filter.Values.Count}.");
            }
            foreach (var value in filter.Values)
            {
                // Filters match complete values, so a null or empty value can only be a mistake.
                if (string.IsNullOrEmpty(value))
                {
                    throw Fail($"filters[{i}].values", "must not hold a null or empty value.");
                }
            }
        }
    }

    /// <summary>A fresh idempotency token: 32 hexadecimal digits, valid for <c>clientRequestToken</c>.</summary>
    public static string NewClientRequestToken() => Guid.NewGuid().ToString("N");

    private static void ClientRequestToken(string? token)
    {
        if (token is null) return;
        if (token.Length is < 1 or > 64 || token.AsSpan().ContainsAnyExcept(TokenChars))
        {
            throw Fail("clientRequestToken", $"must be 1 to 64 characters of [a-zA-Z0-9_\\-=]; got '{token}'.");
        }
    }

    private static void Arn(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw Fail(field, "is required (an ARN, arn:...).");
        }
        // The documents say only arn:.*; an ARN certainly never holds white space or control characters.
        if (value.Length > MaxArnLength || !value.StartsWith("arn:", StringComparison.Ordinal) || value.AsSpan().ContainsAnyInRange('\0', ' ') || value.Contains('\u007f', StringComparison.Ordinal))
        {
            throw Fail(field, $"must be an ARN (arn:..., no white space or control characters) of at most {MaxArnLength} characters; got '{Shorten(value)}'.");
        }
    }

    private static void FileName(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw Fail(field, "is required.");
        }
        if (value.Length > 1024 || value.AsSpan().ContainsAnyExcept(FileNameChars))
        {
            throw Fail(field, $"must be 1 to 1024 characters of [a-zA-Z0-9_.\\-]; got '{Shorten(value)}'.");
        }
    }

    private static void Length(string? value, int min, int max, string field)
    {
        var length = value?.Length ?? 0;
        if (length < min || length > max)
        {
            throw Fail(field, value is null or "" ? "is required." : $"must be {min} to {max} characters long; it has {length}.");
        }
    }

    private static void OptionalLength(string? value, int min, int max, string field)
    {
        if (value is not null) Length(value, min, max, field);
    }

    private static void Percentage(int? value, string field)
    {
        if (value is { } percent && percent is < 1 or > 100)
        {
            throw Fail(field, $"must be between 1 and 100; got {percent}.");
        }
    }

    private static void Tags(IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null) return;
        if (tags.Count > 50)
        {
            throw Fail("tags", $"may hold at most 50 tags; it holds {tags.Count}.");
        }
        if (tags is EquatableDictionary own)
        {
            foreach (var tag in own.Items) Tag(tag);
        }
        else
        {
            foreach (var tag in tags) Tag(tag);
        }
    }

    private static void Tag(KeyValuePair<string, string> tag)
    {
        var (key, value) = tag;
        if (key.Length is < 1 or > 128 || key.AsSpan().ContainsAnyExcept(TagChars))
        {
            throw Fail("tags", $"has the key '{Shorten(key)}'; keys are 1 to 128 characters of [a-zA-Z0-9 _.\\-\\/+=:].");
        }
        if (value is null || value.Length > 256 || value.AsSpan().ContainsAnyExcept(TagChars))
        {
            throw Fail($"tags[{key}]", "must be 0 to 256 characters of [a-zA-Z0-9 _.\\-\\/+=:].");
        }
    }

    private static void EnvironmentVariable(KeyValuePair<string, string> variable, string field)
    {
        var (name, value) = variable;
        if (name.Length is 0 or > 1024 || name[0] is >= '0' and <= '9' || name.AsSpan().ContainsAnyExcept(EnvNameChars))
        {
            throw Fail(field, $"has the name '{name}', which is not of the form [A-Z_][A-Z0-9_]*.");
        }
        if (value is null)
        {
            // A null value would go out as JSON null, which the service's string map does not accept.
            throw Fail($"{field}[{name}]", "must not be null.");
        }
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    private static ArgumentException Fail(string field, string problem) => new($"{field} {problem}", field);
}
