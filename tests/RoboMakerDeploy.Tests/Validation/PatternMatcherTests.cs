using System.Text.RegularExpressions;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>
/// The span matcher must answer exactly as the translated Java regular expression does, for every model pattern it
/// takes on, over values built from the characters where Java's and .NET's meanings part (line terminators, Unicode
/// letters, digits and spaces) and each pattern's own class boundaries.
/// </summary>
public sealed class PatternMatcherTests
{
    private static readonly char[] Tricky =
    [
        'a', 'z', 'A', 'Z', '0', '9', '_', '-', '.', '/', '+', '=', ':', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085',
        '\u2028', '\u2029', '\u00A0', '\u00E9', '\u0660', '\u3000', '$', 'x', 'S', 's', 'H', 'h', 'r', 'n', '*', '[', ']',
        '\\', '@', '\0', '\uFFFF', '\u0130', '\u212A',
    ];

    public static TheoryData<string> SimplePatterns()
    {
        var data = new TheoryData<string>();
        foreach (var pattern in ServiceModelConstraints.All.Select(s => s.Pattern).OfType<string>().Distinct())
        {
            if (PatternMatcher.TryCreate(pattern) is not null) data.Add(pattern);
        }
        return data;
    }

    [Fact]
    public void Most_model_patterns_are_answered_without_a_regex_and_the_rest_fall_back()
    {
        var patterns = ServiceModelConstraints.All.Select(s => s.Pattern).OfType<string>().Distinct().ToList();
        var simple = patterns.Where(p => PatternMatcher.TryCreate(p) is not null).ToList();
        Assert.Contains(".*", simple);
        Assert.Contains("arn:.*", simple);
        Assert.Contains("[A-Z_][A-Z0-9_]*", simple);
        Assert.Contains("[\\S\\s]+", simple);
        Assert.Contains("[Ss][Hh][Aa]256:[0-9a-fA-F]{64}", simple);
        Assert.Contains("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", simple);
        // Backtracking and alternation stay with the regex.
        Assert.Null(PatternMatcher.TryCreate("[a-z]*x[0-9]*"));
        Assert.Null(PatternMatcher.TryCreate("(\\$LATEST)|[0-9]*"));
        Assert.Null(PatternMatcher.TryCreate("7|9|11|Kinetic|Melodic|Dashing|Foxy"));
        Assert.Null(PatternMatcher.TryCreate("arn:aws:iam::\\w+:role/.*"));
    }

    [Theory]
    [MemberData(nameof(SimplePatterns))]
    public void Answers_as_the_regex_does(string pattern)
    {
        var matcher = PatternMatcher.TryCreate(pattern)!;
        var regex = new Regex(JavaPattern.ToDotNet(pattern), RegexOptions.CultureInvariant);
        var random = new Random(pattern.GetHashCode(StringComparison.Ordinal) & 0x7FFF);
        var alphabet = Tricky.Concat(pattern).Distinct().ToArray();
        foreach (var value in Values(pattern, alphabet, random))
        {
            Assert.True(regex.IsMatch(value) == matcher.IsMatch(value), $"pattern {pattern} on '{Regex.Escape(value)}': regex {regex.IsMatch(value)}");
        }
    }

    [Theory]
    [InlineData("[Ss][Hh][Aa]256:[0-9a-fA-F]{64}", "sha256:9b2cf535f27731c974343645a39853289b2cf535f27731c974343645a3985328", true)]
    [InlineData("[Ss][Hh][Aa]256:[0-9a-fA-F]{64}", "sha256:9b2cf535f27731c974343645a39853289b2cf535f27731c974343645a398532", false)]
    [InlineData("[A-Z_][A-Z0-9_]*", "ROS_DOMAIN_ID", true)]
    [InlineData("[A-Z_][A-Z0-9_]*", "9LIVES", false)]
    [InlineData("arn:.*", "arn:aws:robomaker:us-west-2:123456789012:fleet/f/1", true)]
    [InlineData("arn:.*", "arn:\n", false)]
    [InlineData(".+", "", false)]
    [InlineData("[\\S\\s]+", "\n\u2028 ", true)]
    [InlineData("1.x", "1.x", true)]
    [InlineData("1.x", "1\nx", false)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "robot-conditions", true)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "ab", true)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "a", false)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "robot-", false)]
    [InlineData("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "-robot", false)]
    [InlineData("ab+c", "ac", false)]
    [InlineData("ab+c", "abbbc", true)]
    public void Known_values(string pattern, string value, bool matches) =>
        Assert.Equal(matches, PatternMatcher.TryCreate(pattern)!.IsMatch(value));

    private static IEnumerable<string> Values(string pattern, char[] alphabet, Random random)
    {
        yield return string.Empty;
        foreach (var c in alphabet) yield return c.ToString();
        // The pattern's own literal text and its example-like fillings.
        yield return pattern;
        for (var n = 0; n < 3000; n++)
        {
            var length = random.Next(1, 80);
            var chars = new char[length];
            // Mostly from one small alphabet so that matches are common enough to compare both ways.
            var letters = n % 3 == 0 ? alphabet : alphabet[..Math.Min(alphabet.Length, 8)];
            for (var i = 0; i < length; i++) chars[i] = letters[random.Next(letters.Length)];
            yield return new string(chars);
        }
        // Prefix-shaped values: every pattern here starts with its fixed atoms, so try valid-looking heads.
        yield return "arn:" + new string('a', 10);
        yield return "sha256:" + new string('f', 64);
        yield return "SHA256:" + new string('0', 64);
        yield return "A_B1";
        yield return "_";
        for (var n = 0; n < 500; n++)
        {
            yield return new string(Enumerable.Range(0, random.Next(0, 20)).Select(_ => (char)random.Next(0, 0x3000)).ToArray());
        }
    }
}
