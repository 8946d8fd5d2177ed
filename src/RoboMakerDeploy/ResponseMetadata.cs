using System.Net;

namespace RoboMakerDeploy;

/// <summary>
/// What the client learnt while getting a response, as the AWS SDKs' <c>ResponseMetadata</c> carries it: the
/// request id to quote to support, the HTTP status, and how many attempts the call took. Every response the client
/// returns carries one (<c>response.ResponseMetadata</c>); it takes no part in the response's value equality, so
/// two responses with the same content are equal whichever call returned them.
/// </summary>
public sealed record ResponseMetadata
{
    /// <summary>The request id the service assigned (the <c>x-amzn-RequestId</c> header); null when the response carried none.</summary>
    public string? RequestId { get; init; }

    /// <summary>The HTTP status of the response (200 for every success of this API).</summary>
    public HttpStatusCode HttpStatusCode { get; init; }

    /// <summary>How many attempts the call made, this successful one included (1 when nothing was retried).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>
    /// How many of those attempts the service throttled (a <c>ThrottlingException</c>, which RoboMaker sends as HTTP 400,
    /// or an HTTP 429) before one succeeded: more than zero means the caller should slow down.
    /// </summary>
    public int ThrottledAttempts { get; init; }
}
