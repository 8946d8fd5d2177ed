using System.Collections;

namespace RoboMakerDeploy.Models;

/// <summary>
/// An immutable list with value semantics, so that records holding lists compare by content:
/// two replies parsed from the same JSON are equal.
/// </summary>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    public static readonly EquatableList<T> Empty = new([]);

    private readonly T[] _items;

    private EquatableList(T[] items, int droppedNullAt = -1)
    {
        _items = items;
        DroppedNullAt = droppedNullAt;
    }

    /// <summary>
    /// The index in the source of the first null entry left out, or -1: request validation refuses such a list
    /// (naming the entry) instead of sending fewer entries than the caller gave.
    /// </summary>
    internal int DroppedNullAt { get; }

    /// <summary>
    /// Wraps a copy of <paramref name="source"/>; null becomes the empty list, and null entries (which a
    /// reply may hold, <c>[null]</c>, but which carry nothing) are left out, so the element type's
    /// non-null annotation holds for every consumer.
    /// </summary>
    public static EquatableList<T> From(IEnumerable<T>? source)
    {
        switch (source)
        {
            case null:
                return Empty;
            case EquatableList<T> already:
                return already;
            case ICollection<T> { Count: 0 }:
            case IReadOnlyCollection<T> { Count: 0 }:
                return Empty;
        }
        T[] items = [.. source];
        if (Array.IndexOf(items, default) < 0 || default(T) is not null) return new EquatableList<T>(items);
        var kept = Array.FindAll(items, static item => item is not null);
        return new EquatableList<T>(kept, Array.IndexOf(items, default));
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(EquatableList<T>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>An allocation-free enumerator for <c>foreach</c> over the concrete type.</summary>
    public struct Enumerator(T[] items)
    {
        private int _index = -1;

        public readonly T Current => items[_index];

        public bool MoveNext() => ++_index < items.Length;
    }
}
