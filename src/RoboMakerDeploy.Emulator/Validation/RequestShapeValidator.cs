using System.Globalization;
using System.Text.Json;
using RoboMakerDeploy.Emulator.Http;

namespace RoboMakerDeploy.Emulator.Validation;

/// <summary>
/// Checks a request against its input shape, generically, from the model: a member of the wrong JSON type is a
/// SerializationException (the service cannot read the body); broken constraints (required, min/max length or
/// value, pattern, enum) are one InvalidParameterException listing each, in the service's words:
/// <c>1 validation error detected: Value 'x' at 'fleet' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:.*</c>.
/// Members are named by their wire path (<c>deploymentApplicationConfigs[0].launchConfig.packageName</c>).
/// Unknown members are ignored, as the service does.
/// </summary>
internal static class RequestShapeValidator
{
    private const int ValueExcerpt = 256;

    /// <summary>Validates <paramref name="request"/> (a JSON object holding the body's members and the URI/query members) against the operation's input shape.</summary>
    /// <exception cref="ServiceError">SerializationException or InvalidParameterException.</exception>
    public static void Validate(ServiceModel model, string operation, JsonElement request)
    {
        var op = model.Operation(operation);
        if (op.InputShape is null) return;
        if (request.ValueKind != JsonValueKind.Object)
        {
            throw ServiceError.Serialization($"The request body is not valid JSON for {operation}: it must be a JSON object.");
        }
        var problems = new List<string>();
        Check(model, operation, model.Shape(op.InputShape), request, string.Empty, problems);
        if (problems.Count > 0)
        {
            var count = problems.Count == 1 ? "1 validation error detected: " : $"{problems.Count} validation errors detected: ";
            throw ServiceError.InvalidParameter(count + string.Join("; ", problems));
        }
    }

    private static void Check(ServiceModel model, string operation, JsonElement shape, JsonElement value, string path, List<string> problems)
    {
        var type = shape.GetProperty("type").GetString();
        switch (type)
        {
            case "structure":
                Expect(value, JsonValueKind.Object, operation, path, "an object");
                var members = shape.GetProperty("members");
                if (shape.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray())
                    {
                        var member = name.GetString()!;
                        if (!value.TryGetProperty(member, out var present) || present.ValueKind == JsonValueKind.Null)
                        {
                            problems.Add($"Value null at '{Join(path, member)}' failed to satisfy constraint: Member must not be null");
                        }
                    }
                }
                foreach (var member in members.EnumerateObject())
                {
                    if (!value.TryGetProperty(member.Name, out var memberValue) || memberValue.ValueKind == JsonValueKind.Null) continue;
                    var memberShape = model.Shape(member.Value.GetProperty("shape").GetString()!);
                    Check(model, operation, memberShape, memberValue, Join(path, member.Name), problems);
                }
                break;
            case "list":
                Expect(value, JsonValueKind.Array, operation, path, "an array");
                Length(shape, value.GetArrayLength(), Show(value), path, problems);
                var item = model.Shape(shape.GetProperty("member").GetProperty("shape").GetString()!);
                var index = 0;
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind != JsonValueKind.Null) Check(model, operation, item, element, $"{path}[{index}]", problems);
                    index++;
                }
                break;
            case "map":
                Expect(value, JsonValueKind.Object, operation, path, "an object");
                Length(shape, value.EnumerateObject().Count(), Show(value), path, problems);
                var keyShape = model.Shape(shape.GetProperty("key").GetProperty("shape").GetString()!);
                var valueShape = model.Shape(shape.GetProperty("value").GetProperty("shape").GetString()!);
                foreach (var entry in value.EnumerateObject())
                {
                    CheckString(keyShape, entry.Name, $"{path} key '{Excerpt(entry.Name)}'", problems);
                    if (entry.Value.ValueKind != JsonValueKind.Null) Check(model, operation, valueShape, entry.Value, $"{path}['{Excerpt(entry.Name)}']", problems);
                }
                break;
            case "string":
                Expect(value, JsonValueKind.String, operation, path, "a string");
                CheckString(shape, value.GetString()!, path, problems);
                break;
            case "integer" or "long":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || (type == "integer" && number is < int.MinValue or > int.MaxValue))
                {
                    throw WrongType(operation, path, type == "integer" ? "a 32-bit integer" : "a 64-bit integer");
                }
                if (shape.TryGetProperty("min", out var min) && number < min.GetInt64())
                {
                    problems.Add($"Value '{number}' at '{path}' failed to satisfy constraint: Member must have value greater than or equal to {min.GetInt64()}");
                }
                if (shape.TryGetProperty("max", out var max) && number > max.GetInt64())
                {
                    problems.Add($"Value '{number}' at '{path}' failed to satisfy constraint: Member must have value less than or equal to {max.GetInt64()}");
                }
                break;
            case "float" or "double":
                if (value.ValueKind != JsonValueKind.Number) throw WrongType(operation, path, "a number");
                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw WrongType(operation, path, "true or false");
                break;
            case "timestamp":
                // rest-json timestamps are epoch seconds (a number); ISO 8601 strings are tolerated.
                if (value.ValueKind != JsonValueKind.Number
                    && !(value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)))
                {
                    throw WrongType(operation, path, "a timestamp (epoch seconds)");
                }
                break;
            default:
                // blob and anything else: accepted as sent.
                break;
        }
    }

    private static void CheckString(JsonElement shape, string text, string path, List<string> problems)
    {
        var shown = $"'{Excerpt(text)}'";
        var length = text.Length;
        if (shape.TryGetProperty("min", out var min) && length < min.GetInt32())
        {
            problems.Add($"Value {shown} at '{path}' failed to satisfy constraint: Member must have length greater than or equal to {min.GetInt32()}");
        }
        if (shape.TryGetProperty("max", out var max) && length > max.GetInt32())
        {
            problems.Add($"Value {shown} at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max.GetInt32()}");
        }
        if (shape.TryGetProperty("pattern", out var pattern) && !JavaPattern.Matches(pattern.GetString()!, text))
        {
            problems.Add($"Value {shown} at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern.GetString()}");
        }
        if (shape.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == text))
        {
            problems.Add($"Value {shown} at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", values.EnumerateArray().Select(static v => v.GetString()))}]");
        }
    }

    private static void Length(JsonElement shape, int count, string shown, string path, List<string> problems)
    {
        if (shape.TryGetProperty("min", out var min) && count < min.GetInt32())
        {
            problems.Add($"Value {shown} at '{path}' failed to satisfy constraint: Member must have length greater than or equal to {min.GetInt32()}");
        }
        if (shape.TryGetProperty("max", out var max) && count > DocumentedMax(path, max.GetInt32()))
        {
            problems.Add($"Value {shown} at '{path}' failed to satisfy constraint: Member must have length less than or equal to {DocumentedMax(path, max.GetInt32())}");
        }
    }

    /// <summary>
    /// Where the API reference allows more than the model: a filter's values, which the List operations' pages say may
    /// be up to three for one filter name ("You can use up to three filters, but they must be for the same named item",
    /// for example the statuses InProgress or Pending), while the model's FilterValues says 1.
    /// </summary>
    private static int DocumentedMax(string path, int modelMax) =>
        path.StartsWith("filters[", StringComparison.Ordinal) && path.EndsWith("].values", StringComparison.Ordinal) ? Math.Max(modelMax, 3) : modelMax;

    private static void Expect(JsonElement value, JsonValueKind kind, string operation, string path, string what)
    {
        if (value.ValueKind != kind) throw WrongType(operation, path, what);
    }

    private static ServiceError WrongType(string operation, string path, string what) =>
        ServiceError.Serialization($"The request body is not valid JSON for {operation}: the value of {(path.Length == 0 ? "the body" : path)} has the wrong type or format (expected {what}).");

    private static string Join(string path, string member) => path.Length == 0 ? member : path + "." + member;

    private static string Show(JsonElement value) => Excerpt(value.GetRawText());

    private static string Excerpt(string text) => text.Length <= ValueExcerpt ? text : text[..ValueExcerpt] + "...";
}
