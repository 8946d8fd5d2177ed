using System.Text.RegularExpressions;

namespace RoboMakerDeploy;

/// <summary>
/// The constraints of one shape of the service model (service-2.json): its kind, the bounds on its length
/// (strings, lists, maps) or value (numbers), its pattern and enum, and what it holds (list member, map key and
/// value, structure members). The instances live in the generated <see cref="ServiceModelConstraints"/>.
/// </summary>
/// <param name="name">The shape name in the model.</param>
/// <param name="kind">The shape's type.</param>
internal sealed class ShapeConstraint(string name, ShapeKind kind)
{
    private Regex? _regex;
    private PatternMatcher? _matcher;
    private bool _matcherTried;

    /// <summary>The shape name in the model (for example <c>Arn</c>).</summary>
    public string Name => name;

    /// <summary>The shape's type.</summary>
    public ShapeKind Kind => kind;

    /// <summary><c>min</c>: the shortest length (UTF-16 code units for strings, entries for lists and maps) or the lowest value; null when the model sets none.</summary>
    public long? Min { get; init; }

    /// <summary><c>max</c>: the longest length or the highest value; null when the model sets none.</summary>
    public long? Max { get; init; }

    /// <summary><c>pattern</c>: a Java regular expression the whole value must match, as the model spells it; null when none.</summary>
    public string? Pattern { get; init; }

    /// <summary><c>enum</c>: the values the model lists, or null.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>The shape of a list's entries, or null.</summary>
    public ShapeConstraint? Member { get; init; }

    /// <summary>The shape of a map's keys, or null.</summary>
    public ShapeConstraint? Key { get; init; }

    /// <summary>The shape of a map's values, or null.</summary>
    public ShapeConstraint? Value { get; init; }

    /// <summary>A structure's members, in the model's order; empty for other kinds.</summary>
    public IReadOnlyList<MemberConstraint> Members { get; init; } = [];

    /// <summary>
    /// <see cref="Pattern"/> as a .NET regular expression with Java's meaning, anchored to the whole value; built on
    /// first use (the interpreter, so it stays Native-AOT clean; values are length-checked before they reach it).
    /// </summary>
    public Regex? PatternRegex => Pattern is null
        ? null
        : _regex ??= new Regex(JavaPattern.ToDotNet(Pattern), RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether <paramref name="value"/> matches <see cref="Pattern"/> (true when there is none): a
    /// <see cref="PatternMatcher"/> span check for the simple patterns, else <see cref="PatternRegex"/>.
    /// </summary>
    /// <param name="value">The value, already length-checked.</param>
    /// <returns>True when the whole value matches.</returns>
    public bool MatchesPattern(string value)
    {
        if (Pattern is null) return true;
        if (!_matcherTried)
        {
            // Built once per shape on first use, like the regex; a race only builds the same matcher twice.
            _matcher = PatternMatcher.TryCreate(Pattern);
            _matcherTried = true;
        }
        return _matcher?.IsMatch(value) ?? PatternRegex!.IsMatch(value);
    }

    /// <summary>The member with wire name <paramref name="wireName"/>.</summary>
    /// <param name="wireName">The member name as the model spells it.</param>
    /// <returns>The member.</returns>
    /// <exception cref="InvalidOperationException">The shape has no such member: a bug in a walker, not in the caller's request.</exception>
    public MemberConstraint this[string wireName]
    {
        get
        {
            var members = Members;
            for (var i = 0; i < members.Count; i++)
            {
                if (string.Equals(members[i].Name, wireName, StringComparison.Ordinal)) return members[i];
            }
            throw new InvalidOperationException($"The service model's {Name} has no member '{wireName}'.");
        }
    }

    /// <summary>The shape name, for test output.</summary>
    public override string ToString() => Name;
}
