using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace RoboMakerDeploy.Emulator.Validation;

/// <summary>
/// The model's <c>pattern</c> constraints are Java regular expressions matched against the whole value
/// (<c>Matcher.matches()</c>). .NET's dialect differs in two ways that matter here: '.' in Java matches no line
/// terminator (\n, \r, \u0085, \u2028, \u2029; .NET's '.' excludes only \n), and \w, \d, \s are ASCII-only in
/// Java. Translating '.' and using ECMAScript classes gives Java's meaning.
/// </summary>
internal static class JavaPattern
{
    private const string JavaDot = @"[^\n\r\u0085\u2028\u2029]";

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether the whole of <paramref name="value"/> matches the Java pattern.</summary>
    public static bool Matches(string pattern, string value) => Cache.GetOrAdd(pattern, Compile).IsMatch(value);

    /// <summary>The .NET translation, anchored at both ends (a lookahead for "no character left" instead of $, which would allow a final \n).</summary>
    internal static string Translate(string pattern)
    {
        var b = new StringBuilder("^(?:", pattern.Length + 32);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                b.Append(c).Append(pattern[++i]);
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                b.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                b.Append(c);
                // A ']' right after '[' or '[^' is a literal in Java too.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^') b.Append(pattern[++i]);
                if (i + 1 < pattern.Length && pattern[i + 1] == ']') b.Append(pattern[++i]);
            }
            else if (c == '.') b.Append(JavaDot);
            else b.Append(c);
        }
        return b.Append(@")(?![\s\S])").ToString();
    }

    private static Regex Compile(string pattern) =>
        new(Translate(pattern), RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
}
