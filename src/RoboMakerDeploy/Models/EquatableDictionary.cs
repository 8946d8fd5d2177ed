using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RoboMakerDeploy.Models;

/// <summary>
/// An immutable string map with value semantics (order-independent), so that records holding maps
/// (tags, environment variables) compare by content.
/// </summary>
internal sealed class EquatableDictionary : IReadOnlyDictionary<string, string>, IEquatable<EquatableDictionary>
{
    public static readonly EquatableDictionary Empty = new(new Dictionary<string, string>(0, StringComparer.Ordinal));

    private readonly Dictionary<string, string> _items;

    private EquatableDictionary(Dictionary<string, string> items) => _items = items;

    /// <summary>Wraps a copy of <paramref name="source"/>; null stays null (absent on the wire).</summary>
    [return: NotNullIfNotNull(nameof(source))]
    public static IReadOnlyDictionary<string, string>? From(IEnumerable<KeyValuePair<string, string>>? source) => source switch
    {
        null => null,
        EquatableDictionary already => already,
        // A Dictionary (what JSON parsing yields) is copied through its own enumerator, not a boxed one.
        IDictionary<string, string> dictionary => new EquatableDictionary(new Dictionary<string, string>(dictionary, StringComparer.Ordinal)),
        _ => new EquatableDictionary(new Dictionary<string, string>(source, StringComparer.Ordinal)),
    };

    /// <summary>The entries, for the SDK's own code to enumerate without boxing an enumerator; never modified.</summary>
    internal Dictionary<string, string> Items => _items;

    public string this[string key] => _items[key];

    public IEnumerable<string> Keys => _items.Keys;

    public IEnumerable<string> Values => _items.Values;

    public int Count => _items.Count;

    public bool ContainsKey(string key) => _items.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _items.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(EquatableDictionary? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._items.Count != _items.Count) return false;
        foreach (var (key, value) in _items)
        {
            if (!other._items.TryGetValue(key, out var otherValue) || !string.Equals(value, otherValue, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableDictionary other && Equals(other);

    public override int GetHashCode()
    {
        // Order-independent: combine entries with a commutative sum.
        var hash = _items.Count;
        foreach (var (key, value) in _items)
        {
            hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), value is null ? 0 : StringComparer.Ordinal.GetHashCode(value));
        }
        return hash;
    }

    public override string ToString() => "{" + string.Join(", ", _items.Select(static kv => kv.Key + "=" + kv.Value)) + "}";
}
