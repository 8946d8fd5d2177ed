using System.Globalization;
using System.Net;
using System.Text;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Auth;

/// <summary>
/// Signs each request with SigV4 at the moment it is sent, so every retry attempt carries a fresh
/// <c>X-Amz-Date</c> and signature. Credentials are asked for on every request (providers cache), the
/// body is buffered so the exact bytes hashed are the bytes sent and can be sent again, and earlier
/// signing headers are replaced, never duplicated. When the service rejects a request for clock skew
/// and its reply carries a <c>Date</c>, the handler records the offset, signs with corrected time from
/// then on and re-sends that request once.
/// </summary>
public sealed class SigV4SigningHandler : DelegatingHandler
{
    private readonly IAwsCredentialsProvider _credentials;
    private readonly string _region;
    private readonly string _service;
    private readonly TimeProvider _timeProvider;
    private long _clockOffsetTicks;
    // The canonical parts of the URIs this handler has signed for (one per operation, typically): each request
    // carries a new Uri instance, whose host, path and query strings would otherwise be computed afresh every time.
    private SigningTarget[] _targets = [];

    /// <summary>Creates the handler.</summary>
    /// <param name="credentials">The credentials source, asked on every request.</param>
    /// <param name="region">The Region to sign for.</param>
    /// <param name="service">The service name to sign for (<c>robomaker</c>).</param>
    /// <param name="timeProvider">The clock.</param>
    public SigV4SigningHandler(IAwsCredentialsProvider credentials, string region, string service, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _credentials = credentials;
        _region = region;
        _service = service;
        _timeProvider = timeProvider;
    }

    /// <summary>The correction added to the local clock when signing, learnt from a clock-skew rejection (zero until then).</summary>
    public TimeSpan ClockOffset => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Buffers the content: the bytes hashed are the bytes sent, and the next attempt can send them again.
        // (The SDK's own JSON bodies expose their bytes, so they are hashed without a copy.)
        var body = request.Content switch
        {
            null => [],
            JsonBodyContent json => json.Body,
            var content => await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false),
        };

        var response = await SignAndSendAsync(request, body, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized))
        {
            return response;
        }

        // Buffers the error body, so the reply handler above can still read it when no retry is made.
        var errorBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.Headers.Date is not { } serverTime || !IsClockSkewError(response, errorBody))
        {
            return response;
        }

        var offset = serverTime - _timeProvider.GetUtcNow();
        Interlocked.Exchange(ref _clockOffsetTicks, offset.Ticks);
        response.Dispose();
        return await SignAndSendAsync(request, body, cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SignAndSendAsync(HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
    {
        // Credentials at hand (providers cache them): sign and pass the request on without another async step.
        var pending = _credentials.GetCredentialsAsync(cancellationToken);
        if (!pending.IsCompletedSuccessfully) return AwaitCredentialsAndSendAsync(pending, request, body, cancellationToken);
        try
        {
            Sign(request, body, pending.Result);
        }
        catch (Exception ex)
        {
            return Task.FromException<HttpResponseMessage>(ex);
        }
        return base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> AwaitCredentialsAndSendAsync(ValueTask<AwsCredentials> pending, HttpRequestMessage request, byte[] body, CancellationToken cancellationToken)
    {
        Sign(request, body, await pending.ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Sign(HttpRequestMessage request, byte[] body, AwsCredentials credentials)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
        if (!uri.IsAbsoluteUri) throw new InvalidOperationException("The request URI must be absolute to be signed.");
        var target = TargetOf(uri);

        var headers = new List<KeyValuePair<string, string>>(4)
        {
            new("host", request.Headers.Host ?? target.Host),
        };
        // The value as sent (NonValidated gives a header added as text back as that text, without parsing it).
        if (request.Content is { } content && content.Headers.NonValidated.TryGetValues("Content-Type", out var contentType))
        {
            headers.Add(new("content-type", contentType.ToString()));
        }
        // Finds the x-amz-* headers to sign without enumerating (and so parsing, and copying into arrays) every header.
        foreach (var header in request.Headers.NonValidated)
        {
            if (!header.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals(SigV4Signature.AmzDateHeader, StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals(SigV4Signature.SecurityTokenHeader, StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals(SigV4Signature.ContentSha256Header, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // As sent: HttpClient sends several values of one header as one line joined with ", ".
            headers.Add(new(header.Key, string.Join(", ", request.Headers.GetValues(header.Key))));
        }

        var now = _timeProvider.GetUtcNow() + ClockOffset;
        var signature = SigV4Signer.Sign(
            request.Method.Method,
            target.Path,
            target.Query,
            headers,
            body,
            credentials,
            _region,
            _service,
            now);
        signature.ApplyTo(request.Headers);
    }

    /// <summary>
    /// The host header, path and query to sign for <paramref name="uri"/>, computed once per distinct URI text:
    /// two absolute URIs parsed from the same text have the same parts.
    /// </summary>
    private SigningTarget TargetOf(Uri uri)
    {
        var text = uri.OriginalString;
        var targets = Volatile.Read(ref _targets);
        foreach (var known in targets)
        {
            if (string.Equals(known.Uri, text, StringComparison.Ordinal)) return known;
        }
        var query = uri.Query;
        var target = new SigningTarget(
            text,
            uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port.ToString(CultureInfo.InvariantCulture)}",
            uri.AbsolutePath,
            query.Length > 1 ? query[1..] : null);
        // A handful of operations give a handful of URIs; URIs that vary per request (queries) are not kept.
        if (targets.Length < MaxSigningTargets) Volatile.Write(ref _targets, [.. targets, target]);
        return target;
    }

    private const int MaxSigningTargets = 16;

    private sealed record SigningTarget(string Uri, string Host, string Path, string? Query);

    private static bool IsClockSkewError(HttpResponseMessage response, byte[] body)
    {
        var code = ErrorReplyParser.ParseCode(response.Headers, body);
        switch (code)
        {
            case "RequestTimeTooSkewed" or "RequestExpired" or "RequestInTheFuture":
                return true;
            case "InvalidSignatureException" or "SignatureDoesNotMatch":
                var text = Encoding.UTF8.GetString(body);
                // Only AWS's own wording of a time rejection; any other signature error is not about the clock.
                return text.Contains("Signature expired", StringComparison.OrdinalIgnoreCase)
                    || text.Contains("Signature not yet current", StringComparison.OrdinalIgnoreCase);
            default:
                return false;
        }
    }
}
