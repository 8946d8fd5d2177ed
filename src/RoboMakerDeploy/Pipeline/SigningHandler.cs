using System.Globalization;

namespace RoboMakerDeploy;

/// <summary>
/// Signs each attempt with SigV4 at the moment it is sent, so every retry carries a fresh <c>X-Amz-Date</c> and
/// signature: the call's body bytes are hashed (they are exactly the bytes sent), credentials are asked for on every
/// attempt (providers cache them), the time is the client's clock corrected by <see cref="ClockSkew"/>, and earlier
/// signing headers are replaced, never duplicated. The signature and session token are noted on the call so that
/// nothing the server echoes can show them.
/// </summary>
internal sealed class SigningHandler(IAwsCredentialsProvider credentials, string region, string service, ClockSkew clockSkew) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Providers cache, so the credentials are usually at hand: then the attempt is signed and passed down without an
        // async step of this handler's own (measured: README of the benchmarks, issue 12 fourth pass).
        var pending = credentials.GetCredentialsAsync(cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            Sign(request, pending.Result);
            return base.SendAsync(request, cancellationToken);
        }
        return SignWhenFetchedAsync(request, pending, cancellationToken);
    }

    private async Task<HttpResponseMessage> SignWhenFetchedAsync(HttpRequestMessage request, ValueTask<AwsCredentials> pending, CancellationToken cancellationToken)
    {
        Sign(request, await pending.ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Sign(HttpRequestMessage request, AwsCredentials signingCredentials)
    {
        var call = RoboMakerCall.Of(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI to sign.");
        var host = request.Headers.Host ?? (uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port.ToString(CultureInfo.InvariantCulture)}");
        var query = uri.Query;

        var headers = new List<KeyValuePair<string, string>>(2 + request.Headers.NonValidated.Count) { new("host", host) };
        // The values as sent (NonValidated gives a header added as text back as that text).
        if (request.Content is { } content && content.Headers.NonValidated.TryGetValues("Content-Type", out var contentType))
        {
            headers.Add(new("content-type", contentType.ToString()));
        }
        foreach (var header in request.Headers.NonValidated)
        {
            // The x-amz-* headers and the AWS SDKs' amz-sdk-* ones are signed; User-Agent and the rest are not.
            if (!(header.Key.StartsWith("x-amz-", StringComparison.OrdinalIgnoreCase) || header.Key.StartsWith("amz-sdk-", StringComparison.OrdinalIgnoreCase))
                || header.Key.Equals(SigV4Signature.AmzDateHeader, StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals(SigV4Signature.SecurityTokenHeader, StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals(SigV4Signature.ContentSha256Header, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            // As sent: HttpClient sends several values of one header as one line joined with ", ".
            headers.Add(new(header.Key, header.Value.ToString()));
        }

        var signature = SigV4Signer.Sign(
            request.Method.Method,
            uri.AbsolutePath,
            query.Length > 1 ? query[1..] : null,
            headers,
            call.Body,
            signingCredentials,
            region,
            service,
            clockSkew.Now());
        call.Secrets = new SentSecrets(signature.Authorization, signature.SecurityToken);
        signature.ApplyTo(request.Headers);
    }
}
