namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>
/// A response body as a network stream delivers it, produced as it is read (a 50 MB body costs the test nothing):
/// <c>prefix</c>, then <c>fillerLength</c> bytes of <c>filler</c> repeated, then <c>suffix</c>. Not seekable, so the
/// content has no length unless the test announces one. Counts the bytes actually read. With a <c>fault</c>, the read
/// after the whole body fails with it (through the returned task, as a socket read), as when the connection goes away.
/// </summary>
public sealed class SyntheticBodyStream(byte[] prefix, long fillerLength, byte[] filler, byte[] suffix, Exception? fault = null) : Stream
{
    private readonly byte[] _suffix = suffix;
    private long _position;

    /// <summary>A body that delivers <paramref name="sent"/>, then fails the next read with <paramref name="fault"/>.</summary>
    public SyntheticBodyStream(byte[] sent, Exception fault)
        : this(sent, 0, [(byte)' '], [], fault)
    {
    }

    public SyntheticBodyStream(byte[] prefix)
        : this(prefix, 0, [(byte)' '], [])
    {
    }

    public SyntheticBodyStream(string prefix, long fillerLength = 0, string filler = " ", string suffix = "")
        : this(System.Text.Encoding.UTF8.GetBytes(prefix), fillerLength, System.Text.Encoding.UTF8.GetBytes(filler), System.Text.Encoding.UTF8.GetBytes(suffix))
    {
    }

    /// <summary>The length of the whole body.</summary>
    public long TotalLength => prefix.Length + fillerLength + _suffix.Length;

    /// <summary>How many bytes the reader has taken so far.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (fault is not null && _position == TotalLength && !buffer.IsEmpty) throw fault;
        var written = 0;
        while (written < buffer.Length && _position < TotalLength)
        {
            var target = buffer[written..];
            int n;
            if (_position < prefix.Length)
            {
                n = Math.Min(target.Length, prefix.Length - (int)_position);
                prefix.AsSpan((int)_position, n).CopyTo(target);
            }
            else if (_position < prefix.Length + fillerLength)
            {
                var at = (_position - prefix.Length) % filler.Length;
                n = (int)Math.Min(Math.Min(target.Length, prefix.Length + fillerLength - _position), filler.Length - at);
                filler.AsSpan((int)at, n).CopyTo(target);
            }
            else
            {
                var at = (int)(_position - prefix.Length - fillerLength);
                n = Math.Min(target.Length, _suffix.Length - at);
                _suffix.AsSpan(at, n).CopyTo(target);
            }
            written += n;
            _position += n;
        }
        return written;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return ValueTask.FromResult(Read(buffer.Span));
        }
        catch (Exception ex) when (ReferenceEquals(ex, fault))
        {
            return ValueTask.FromException<int>(ex);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
