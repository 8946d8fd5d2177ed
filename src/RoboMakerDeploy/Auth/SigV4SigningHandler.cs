namespace RoboMakerDeploy.Auth;

/// <summary>Signs each request with SigV4 at the moment it is sent (STUB: to be completed in the SigV4 work).</summary>
public sealed class SigV4SigningHandler : DelegatingHandler
{
    private readonly IAwsCredentialsProvider _credentials;
    private readonly string _region;
    private readonly string _service;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler.</summary>
    /// <param name="credentials">The credentials source, asked on every request.</param>
    /// <param name="region">The Region to sign for.</param>
    /// <param name="service">The service name to sign for (<c>robomaker</c>).</param>
    /// <param name="timeProvider">The clock.</param>
    public SigV4SigningHandler(IAwsCredentialsProvider credentials, string region, string service, TimeProvider timeProvider)
    {
        _credentials = credentials;
        _region = region;
        _service = service;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _ = await _credentials.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
        _ = (_region, _service, _timeProvider);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
