
namespace RoboMakerDeploy;

/// <summary>
/// Puts on every attempt what the AWS SDKs send to identify a call: <c>User-Agent</c> (this SDK and version, the .NET
/// runtime and OS, the retry mode and the app id; not signed, as the AWS SDKs leave it out), <c>amz-sdk-invocation-id</c>
/// (one per logical call, the same on each retry) and <c>amz-sdk-request: attempt=N; max=M</c> (both signed by the
/// signing handler below, afresh on every attempt).
/// </summary>
internal sealed class IdentificationHandler(string userAgent, int maxAttempts) : DelegatingHandler
{
    // Most calls end on their first attempt: its amz-sdk-request value is the same for every call of the client.
    private readonly string _firstAttempt = SdkIdentification.RequestValue(1, maxAttempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = RoboMakerCall.Of(request);
        var headers = request.Headers;
        // The SDK's User-Agent replaces one an HttpClient's default headers may have put on the message.
        headers.Remove(SdkIdentification.UserAgentHeader);
        if (call.Attempt > 1)
        {
            // A retry sends the same message again: replace what the first attempt set.
            headers.Remove(SdkIdentification.InvocationIdHeader);
            headers.Remove(SdkIdentification.RequestHeader);
        }
        headers.TryAddWithoutValidation(SdkIdentification.UserAgentHeader, userAgent);
        headers.TryAddWithoutValidation(SdkIdentification.InvocationIdHeader, call.InvocationId);
        headers.TryAddWithoutValidation(
            SdkIdentification.RequestHeader,
            call.Attempt == 1 ? _firstAttempt : SdkIdentification.RequestValue(call.Attempt, maxAttempts));
        return base.SendAsync(request, cancellationToken);
    }
}
