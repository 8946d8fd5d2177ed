using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// Translates the service model's patterns, which the service evaluates as Java regular expressions against the
/// whole value (<c>Matcher.matches()</c>), into .NET regular expressions with the same meaning.
/// </summary>
/// <remarks>
/// The differences that matter for the model's patterns: Java's <c>.</c> matches no line terminator
/// (<c>\n</c>, <c>\r</c>, U+0085, U+2028, U+2029) while .NET's excludes only <c>\n</c>; Java's <c>\w</c>, <c>\d</c>
/// and <c>\s</c> are ASCII while .NET's are Unicode; and <c>matches()</c> anchors the whole value, which .NET spells
/// <c>^(?:...)\z</c> (not <c>$</c>, which also matches before a final <c>\n</c>).
/// </remarks>
internal static class JavaPattern
{
    private const string NotLineTerminator = @"[^\n\r\u0085\u2028\u2029]";
    private const string Word = "a-zA-Z0-9_";
    private const string Digit = "0-9";
    private const string Space = @" \t\n\x0B\f\r";
    private const string NotSpaceInClass = @"\x00-\x08\x0E-\x1F\x21-\uFFFF";

    /// <summary>The .NET equivalent of <paramref name="java"/>, anchored to the whole value.</summary>
    /// <param name="java">A pattern from service-2.json.</param>
    /// <returns>A pattern for <see cref="System.Text.RegularExpressions.Regex"/>.</returns>
    /// <exception cref="NotSupportedException">The pattern uses a construct this translation does not cover.</exception>
    public static string ToDotNet(string java)
    {
        var result = new StringBuilder("^(?:", java.Length + 16);
        var inClass = false;
        for (var i = 0; i < java.Length; i++)
        {
            var c = java[i];
            if (c == '\\' && i + 1 < java.Length)
            {
                var escaped = java[++i];
                result.Append((escaped, inClass) switch
                {
                    ('w', true) => Word,
                    ('w', false) => "[" + Word + "]",
                    ('W', false) => "[^" + Word + "]",
                    ('d', true) => Digit,
                    ('d', false) => "[" + Digit + "]",
                    ('D', false) => "[^" + Digit + "]",
                    ('s', true) => Space,
                    ('s', false) => "[" + Space + "]",
                    ('S', true) => NotSpaceInClass,
                    ('S', false) => "[^" + Space + "]",
                    ('W' or 'D', true) => throw new NotSupportedException($"The pattern '{java}' negates a class inside a class."),
                    ('p' or 'P' or 'Q' or 'E' or 'b' or 'B' or 'A' or 'Z' or 'z' or 'G' or 'R' or 'h' or 'H' or 'v' or 'V', _) =>
                        throw new NotSupportedException($"The pattern '{java}' uses \\{escaped}, which has no translation here."),
                    _ => "\\" + escaped,
                });
                continue;
            }
            switch (c)
            {
                case '[' when !inClass:
                    inClass = true;
                    result.Append(c);
                    if (i + 1 < java.Length && java[i + 1] == '^') result.Append(java[++i]);
                    break;
                case '[':
                    throw new NotSupportedException($"The pattern '{java}' nests a class, which Java and .NET read differently.");
                case ']' when inClass:
                    inClass = false;
                    result.Append(c);
                    break;
                case '.' when !inClass:
                    result.Append(NotLineTerminator);
                    break;
                case '$' or '^' when !inClass:
                    throw new NotSupportedException($"The pattern '{java}' uses an anchor inside the value.");
                default:
                    result.Append(c);
                    break;
            }
        }
        return result.Append(@")\z").ToString();
    }
}
