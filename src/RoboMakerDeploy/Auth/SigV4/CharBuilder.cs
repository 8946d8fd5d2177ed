using System.Buffers;

namespace RoboMakerDeploy;

/// <summary>A growable character buffer that starts on the stack and rents from the pool only when it must grow.</summary>
internal ref struct CharBuilder
{
    private Span<char> _span;
    private char[]? _rented;
    private int _length;

    public CharBuilder(Span<char> initial)
    {
        _span = initial;
        _rented = null;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _span[.._length];

    public void Append(char c)
    {
        if (_length == _span.Length) Grow(1);
        _span[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _span.Length) Grow(text.Length);
        text.CopyTo(_span[_length..]);
        _length += text.Length;
    }

    public Span<char> AppendSpan(int count)
    {
        if (_length + count > _span.Length) Grow(count);
        var slice = _span.Slice(_length, count);
        _length += count;
        return slice;
    }

    public void AppendHex(scoped ReadOnlySpan<byte> bytes) => SigV4Format.WriteHex(bytes, AppendSpan(bytes.Length * 2));

    public override readonly string ToString() => new(_span[.._length]);

    public void Dispose()
    {
        var rented = _rented;
        this = default;
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    private void Grow(int needed)
    {
        var size = Math.Max(_span.Length * 2, _length + needed);
        var next = ArrayPool<char>.Shared.Rent(size);
        _span[.._length].CopyTo(next);
        if (_rented is not null) ArrayPool<char>.Shared.Return(_rented);
        _rented = next;
        _span = next;
    }
}
