namespace RoboMakerDeploy;

/// <summary>
/// A read-only view of a response body as the JSON parser pulls it: it counts the bytes, keeps the first few for an
/// error message's excerpt, and stops the read once the body passes the client's size limit, so memory follows the
/// bytes that actually arrive and never exceeds the limit, whatever <c>Content-Length</c> announces.
/// </summary>
internal sealed class ResponseBodyStream(Stream inner, long limit) : Stream
{
    // Enough for an excerpt of 160 characters of ASCII text (most error pages); a longer one is cut shorter.
    private const int PrefixLength = 256;

    private readonly byte[] _prefix = new byte[PrefixLength];

    /// <summary>The bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The first bytes of the body (up to 256), for an excerpt.</summary>
    public ReadOnlySpan<byte> Prefix => _prefix.AsSpan(0, (int)Math.Min(BytesRead, PrefixLength));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(Clip(buffer.Length) is var n && n < buffer.Length ? buffer[..n] : buffer);
        Count(buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = Clip(buffer.Length);
        var read = inner.ReadAsync(n < buffer.Length ? buffer[..n] : buffer, cancellationToken);
        // A body already in memory (a small response usually is) is counted without another async step.
        return read.IsCompletedSuccessfully ? new ValueTask<int>(Counted(buffer, read.Result)) : CountAsync(read, buffer);
    }

    private async ValueTask<int> CountAsync(ValueTask<int> read, Memory<byte> buffer) => Counted(buffer, await read.ConfigureAwait(false));

    private int Counted(Memory<byte> buffer, int read)
    {
        Count(buffer.Span[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    /// <summary>How much of a read of <paramref name="wanted"/> bytes may be asked for: one byte past the limit, to see whether the body goes on.</summary>
    private int Clip(int wanted)
    {
        var allowed = limit + 1 - BytesRead;
        return allowed < wanted ? (int)Math.Max(allowed, 0) : wanted;
    }

    private void Count(ReadOnlySpan<byte> read)
    {
        if (BytesRead < PrefixLength)
        {
            var keep = (int)Math.Min(read.Length, PrefixLength - BytesRead);
            read[..keep].CopyTo(_prefix.AsSpan((int)BytesRead));
        }
        BytesRead += read.Length;
        if (BytesRead > limit) throw new TooLargeException();
    }

    /// <summary>The body passed the limit; the response handler turns it into the SDK's exception.</summary>
    internal sealed class TooLargeException : Exception
    {
        public TooLargeException()
            : base("The response body is longer than the client accepts.")
        {
        }
    }
}
