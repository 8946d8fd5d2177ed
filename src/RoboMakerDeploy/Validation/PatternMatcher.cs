using System.Buffers;

namespace RoboMakerDeploy;

/// <summary>
/// Answers the service model's simplest patterns with span searches instead of a regular expression: a run of
/// single-character atoms (a literal, <c>.</c>, <c>\w</c>-like escapes or a bracket class), each once or a fixed
/// <c>{n}</c> times, of which at most one may repeat (<c>*</c> or <c>+</c>). Such a pattern needs no backtracking:
/// the atoms before and after the repeated one take fixed lengths at the value's two ends, so checking it is one pass
/// over the value. All but one of the model's patterns on the deployment calls are of this form (<c>.*</c>,
/// <c>[a-zA-Z0-9_.\-]*</c>, <c>arn:.*</c>, <c>[A-Z_][A-Z0-9_]*</c>, S3Bucket's <c>[a-z0-9][a-z0-9.\-]*[a-z0-9]</c>).
/// Any other construct (groups, alternation, a second repeat) leaves the pattern to <see cref="JavaPattern"/>'s
/// regular expression.
/// </summary>
/// <remarks>
/// Java's meanings, as in <see cref="JavaPattern"/>: <c>.</c> matches no line terminator (<c>\n</c>, <c>\r</c>,
/// U+0085, U+2028, U+2029); <c>\w</c>, <c>\d</c> and <c>\s</c> are ASCII; the whole value must match.
/// Measured in the benchmarks (README, "What changed"): the regex interpreter was most of the validation's cost.
/// </remarks>
internal sealed class PatternMatcher
{
    private const string LineTerminators = "\n\r\u0085\u2028\u2029";
    private const string Word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
    private const string Digits = "0123456789";
    private const string Space = " \t\n\u000B\f\r";

    private readonly Atom[] _head;
    private readonly Atom? _repeated;
    private readonly bool _repeatedAtLeastOnce;
    private readonly Atom[] _tail;

    private PatternMatcher(Atom[] head, Atom? repeated, bool atLeastOnce, Atom[] tail)
    {
        _head = head;
        _repeated = repeated;
        _repeatedAtLeastOnce = atLeastOnce;
        _tail = tail;
    }

    /// <summary>Whether the whole of <paramref name="value"/> matches the pattern.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it matches.</returns>
    public bool IsMatch(ReadOnlySpan<char> value)
    {
        if (value.Length < _head.Length + _tail.Length) return false;
        for (var i = 0; i < _head.Length; i++)
        {
            if (!_head[i].Allows(value[i])) return false;
        }
        var tailStart = value.Length - _tail.Length;
        for (var i = 0; i < _tail.Length; i++)
        {
            if (!_tail[i].Allows(value[tailStart + i])) return false;
        }
        var middle = value[_head.Length..tailStart];
        if (_repeated is not { } repeated) return middle.IsEmpty;
        if (_repeatedAtLeastOnce && middle.IsEmpty) return false;
        return repeated.AllowsAll(middle);
    }

    /// <summary>The matcher for <paramref name="java"/>, or null when the pattern is not of the simple form.</summary>
    /// <param name="java">A pattern from service-2.json.</param>
    /// <returns>The matcher, or null.</returns>
    public static PatternMatcher? TryCreate(string java)
    {
        var head = new List<Atom>();
        var tail = new List<Atom>();
        Atom? repeated = null;
        var atLeastOnce = false;
        var i = 0;
        while (i < java.Length)
        {
            if (ReadAtom(java, ref i) is not { } atom) return null;
            var atoms = repeated is null ? head : tail;
            if (i < java.Length && java[i] is '*' or '+')
            {
                if (repeated is not null) return null; // a second repeat would need backtracking
                repeated = atom;
                atLeastOnce = java[i] == '+';
                i++;
            }
            else if (i < java.Length && java[i] == '{')
            {
                var close = java.IndexOf('}', i);
                if (close < 0 || !int.TryParse(java.AsSpan(i + 1, close - i - 1), out var count) || count is < 1 or > 1024) return null;
                for (var n = 0; n < count; n++) atoms.Add(atom);
                i = close + 1;
            }
            else
            {
                atoms.Add(atom);
            }
            if (i < java.Length && java[i] is '?' or '*' or '+' or '{') return null; // a lazy or possessive quantifier
        }
        return new PatternMatcher([.. head], repeated, atLeastOnce, [.. tail]);
    }

    private static Atom? ReadAtom(string java, ref int i)
    {
        var c = java[i++];
        switch (c)
        {
            case '.':
                return new Atom(LineTerminators, negated: true);
            case '[':
                return ReadClass(java, ref i);
            case '\\' when i < java.Length:
                var escaped = java[i++];
                return escaped switch
                {
                    'w' => new Atom(Word, negated: false),
                    'W' => new Atom(Word, negated: true),
                    'd' => new Atom(Digits, negated: false),
                    'D' => new Atom(Digits, negated: true),
                    's' => new Atom(Space, negated: false),
                    'S' => new Atom(Space, negated: true),
                    _ when IsQuotable(escaped) => new Atom(escaped.ToString(), negated: false),
                    _ => null,
                };
            case '(' or ')' or '|' or '^' or '$' or '*' or '+' or '?' or '{' or '}' or ']' or '\\':
                return null;
            default:
                return new Atom(c.ToString(), negated: false);
        }
    }

    /// <summary>A bracket class (after its '['): ranges, single characters, escaped punctuation, <c>\w \d \s \S</c>.</summary>
    private static Atom? ReadClass(string java, ref int i)
    {
        var negated = i < java.Length && java[i] == '^';
        if (negated) i++;
        var chars = new HashSet<char>();
        var nonSpace = false; // \S inside the class: every character that is not Java white space
        if (i < java.Length && java[i] == ']') return null; // a leading ']' is literal in .NET, an error in Java
        while (i < java.Length && java[i] != ']')
        {
            char low;
            if (java[i] == '\\' && i + 1 < java.Length)
            {
                var escaped = java[i + 1];
                i += 2;
                switch (escaped)
                {
                    case 'w': chars.UnionWith(Word); continue;
                    case 'd': chars.UnionWith(Digits); continue;
                    case 's': chars.UnionWith(Space); continue;
                    case 'S': nonSpace = true; continue;
                    default:
                        if (!IsQuotable(escaped)) return null;
                        low = escaped;
                        break;
                }
            }
            else if (java[i] is '[' or '&')
            {
                return null; // nested classes and intersections read differently in Java and .NET
            }
            else
            {
                low = java[i++];
            }
            if (i + 1 < java.Length && java[i] == '-' && java[i + 1] != ']')
            {
                var high = java[i + 1];
                if (high == '\\' || high == '[' || high < low) return null;
                i += 2;
                for (var ch = low; ch <= high; ch++) chars.Add(ch);
            }
            else
            {
                chars.Add(low);
            }
        }
        if (i >= java.Length) return null; // unclosed
        i++; // ']'
        if (nonSpace)
        {
            // [...\S...] allows everything except the white space the class does not list; negating that is not simple.
            if (negated) return null;
            return new Atom(new string(Space.Where(ch => !chars.Contains(ch)).ToArray()), negated: true);
        }
        return new Atom(new string([.. chars]), negated);
    }

    // Punctuation whose escape means the character itself (in Java and .NET alike).
    private static bool IsQuotable(char c) => c is not (>= 'a' and <= 'z') and not (>= 'A' and <= 'Z') and not (>= '0' and <= '9');

    /// <summary>One character position: the characters listed, or (negated) every character but those.</summary>
    private sealed class Atom(string chars, bool negated)
    {
        private readonly SearchValues<char> _values = SearchValues.Create(chars);

        public bool Allows(char c) => _values.Contains(c) != negated;

        public bool AllowsAll(ReadOnlySpan<char> text) =>
            negated ? text.IndexOfAny(_values) < 0 : text.IndexOfAnyExcept(_values) < 0;
    }
}
