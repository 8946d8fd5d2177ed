using System.Globalization;
using System.Net;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// A List page served from cached bytes with its own next token: the bytes before the token, the token with the page
/// number in its last ten characters, and the bytes after it, read as one stream without copying the page.
/// </summary>
internal sealed class PageContent(byte[] page, int tokenAt, int tokenLength, int pageNumber) : HttpContent
{
    private readonly byte[] _token = Token(page, tokenAt, tokenLength, pageNumber);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(page.AsMemory(0, tokenAt), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(_token, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(page.AsMemory(tokenAt + tokenLength), cancellationToken).ConfigureAwait(false);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new SegmentsStream(page, tokenAt, tokenLength, _token));

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) => CreateContentReadStreamAsync();

    protected override bool TryComputeLength(out long length)
    {
        length = page.Length;
        return true;
    }

    private static byte[] Token(byte[] page, int tokenAt, int tokenLength, int pageNumber)
    {
        var token = page.AsSpan(tokenAt, tokenLength).ToArray();
        var digits = pageNumber.ToString("D10", CultureInfo.InvariantCulture);
        for (var i = 0; i < 10; i++) token[tokenLength - 10 + i] = (byte)digits[i];
        return token;
    }

    /// <summary>Reads the page with the token in its place.</summary>
    private sealed class SegmentsStream(byte[] page, int tokenAt, int tokenLength, byte[] token) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => page.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= page.Length || buffer.IsEmpty) return 0;
            ReadOnlySpan<byte> source = _position < tokenAt
                ? page.AsSpan(_position, tokenAt - _position)
                : _position < tokenAt + tokenLength
                    ? token.AsSpan(_position - tokenAt)
                    : page.AsSpan(_position);
            var n = Math.Min(source.Length, buffer.Length);
            source[..n].CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
