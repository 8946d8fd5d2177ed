using System.Globalization;
using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// The checks of one value against its shape, and the <see cref="ArgumentException"/> they raise: the message starts
/// with the wire path (<c>deploymentApplicationConfigs[0].launchConfig.packageName</c>) and says the rule broken;
/// <see cref="ArgumentException.ParamName"/> is the path.
/// </summary>
internal static class ConstraintViolation
{
    // What a pattern means, for the shapes whose pattern alone would puzzle a reader of the message.
    private static readonly Dictionary<string, string> Hints = new(StringComparer.Ordinal)
    {
        ["Arn"] = "an ARN (arn:...)",
        ["DeploymentVersion"] = "a numbered version ($LATEST cannot be deployed)",
        ["EnvironmentVariableKey"] = "an upper-case name of the form [A-Z_][A-Z0-9_]*",
        ["S3Bucket"] = "an S3 bucket name (lower-case letters, digits, '.' and '-', starting and ending with a letter or digit)",
    };

    /// <summary>The exception for <paramref name="path"/> breaking <paramref name="problem"/>.</summary>
    /// <param name="path">The wire path of the value.</param>
    /// <param name="problem">The rule broken, as the rest of a sentence that starts with the path.</param>
    /// <returns>The exception to throw.</returns>
    public static ConstraintViolationException Fail(string path, string problem) => new(path, problem);

    /// <summary>Checks a string against <paramref name="shape"/>: well-formed UTF-16, length, pattern, enum.</summary>
    /// <param name="value">The value, not null.</param>
    /// <param name="shape">Its shape.</param>
    /// <param name="path">Its wire path, for the error.</param>
    /// <param name="echo">Whether the message may quote the value (false for values that may hold secrets, such as environment variables).</param>
    public static void CheckString(string value, ShapeConstraint shape, string path, bool echo = true)
    {
        if (StringProblem(value, shape, echo) is { } problem) throw Fail(path, problem);
    }

    /// <summary>What is wrong with a string for <paramref name="shape"/>, or null when nothing is.</summary>
    /// <param name="value">The value, not null.</param>
    /// <param name="shape">Its shape.</param>
    /// <param name="echo">Whether the problem may quote the value.</param>
    /// <returns>The rule broken, as the rest of a sentence that starts with the value's path; or null.</returns>
    public static string? StringProblem(string value, ShapeConstraint shape, bool echo = true)
    {
        // The checks only; each message is built in a method of its own, so a valid value (every value, nearly always)
        // runs through a small method with no string-building state to set up.
        // Encoding to UTF-8 would send an unpaired surrogate as U+FFFD, silently changing the value.
        var surrogate = UnpairedSurrogateAt(value);
        if (surrogate >= 0) return SurrogateProblem(value, surrogate);
        if (value.Length < shape.Min || value.Length > shape.Max) return LengthProblem(value, shape);
        if (!shape.MatchesPattern(value)) return PatternProblem(value, shape, echo);
        if (shape.Enum is { } values && !IsOneOf(value, values)) return EnumProblem(value, values, echo);
        return null;
    }

    private static string SurrogateProblem(string value, int index) =>
        $"holds an unpaired UTF-16 surrogate (U+{(int)value[index]:X4}) at index {index}, which cannot be sent as UTF-8.";

    private static string LengthProblem(string value, ShapeConstraint shape) =>
        $"must be {LengthRange(shape)} characters long; it has {value.Length}.";

    private static string PatternProblem(string value, ShapeConstraint shape, bool echo)
    {
        var rule = $"the pattern {shape.Pattern} (the whole value; '.' matches no line break)";
        return Hints.TryGetValue(shape.Name, out var hint)
            ? $"must be {hint}, matching {rule}{Got(value, echo)}."
            : $"must match {rule}{Got(value, echo)}.";
    }

    private static string EnumProblem(string value, IReadOnlyList<string> values, bool echo) =>
        $"must be one of {string.Join(" | ", values)}{Got(value, echo)}.";

    /// <summary>Checks a number against the shape's range.</summary>
    /// <param name="value">The value.</param>
    /// <param name="shape">Its shape.</param>
    /// <param name="path">Its wire path.</param>
    public static void CheckNumber(long value, ShapeConstraint shape, string path)
    {
        if (NumberProblem(value, shape) is { } problem) throw Fail(path, problem);
    }

    /// <summary>What is wrong with a number for <paramref name="shape"/>, or null when nothing is.</summary>
    /// <param name="value">The value.</param>
    /// <param name="shape">Its shape.</param>
    /// <returns>The rule broken, as the rest of a sentence that starts with the value's path; or null.</returns>
    public static string? NumberProblem(long value, ShapeConstraint shape) =>
        value < shape.Min || value > shape.Max
            ? $"must be {ValueRange(shape.Min, shape.Max)}; got {value.ToString(CultureInfo.InvariantCulture)}."
            : null;

    private static bool IsOneOf(string value, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Checks the number of entries of a list or map against the shape.</summary>
    /// <param name="count">The number of entries.</param>
    /// <param name="shape">The list or map shape.</param>
    /// <param name="path">Its wire path.</param>
    /// <param name="max">The most entries allowed when a documented rule replaces the model's <c>max</c>; null for the model's.</param>
    public static void CheckCount(int count, ShapeConstraint shape, string path, long? max = null)
    {
        max ??= shape.Max;
        if (count < shape.Min || count > max)
        {
            throw Fail(path, $"must hold {ValueRange(shape.Min, max)} entries; it holds {count}.");
        }
    }

    /// <summary>The index of the first unpaired surrogate in <paramref name="value"/>, or -1.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The index or -1.</returns>
    public static int UnpairedSurrogateAt(string value)
    {
        var span = value.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return -1;
        for (; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A value for a message: at most 80 characters, with control, line-break, bidirectional and lone surrogate characters escaped.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quotable text.</returns>
    public static string Quote(string value)
    {
        var shown = value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
        var text = new StringBuilder(shown.Length + 2).Append('\'');
        foreach (var c in shown)
        {
            if (ControlCharacters.IsEscaped(c) || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }
        return text.Append('\'').ToString();
    }

    private static string Got(string value, bool echo) => echo ? "; got " + Quote(value) : string.Empty;

    private static string LengthRange(ShapeConstraint shape) => ValueRange(shape.Min, shape.Max);

    private static string ValueRange(long? min, long? max) => (min, max) switch
    {
        ({ } low, { } high) when low == high => $"exactly {low}",
        ({ } low, { } high) => $"{low} to {high}",
        ({ } low, null) => $"at least {low}",
        (null, { } high) => $"at most {high}",
        _ => "any",
    };
}
