using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// The paging loop every List operation shares (ListDeploymentJobs, ListFleets, ListRobots and
/// ListRobotApplications; the model's paginators-1.json: <c>nextToken</c> in and out): request a page, yield it, follow its <c>nextToken</c> until there is none.
/// </summary>
internal static class Paginator
{
    /// <summary>
    /// Every page, fetched lazily: a page is requested only when the enumeration reaches it. Ends when a page has no
    /// <c>nextToken</c> (null or empty); a token already seen in this enumeration (the one resumed from included)
    /// ends it with a <see cref="RoboMakerException"/>, since following it would request the same pages forever; a token
    /// the next request could not carry (PaginationToken: 1 to 2,048 characters of <c>[a-zA-Z0-9_.\-\/+=]</c>) ends it
    /// with a <see cref="MalformedResponseException"/>, since the reply is at fault, not the caller. Neither message
    /// quotes the token (it may be long, hold control characters, or encode state): only its length and a short hash.
    /// </summary>
    /// <typeparam name="TClient">What <paramref name="fetch"/> calls (passed through so the lambda captures nothing).</typeparam>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResponse">The page type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="first">The first request; its token, when set, is where the enumeration resumes.</param>
    /// <param name="startToken">The token of <paramref name="first"/>, or null.</param>
    /// <param name="fetch">Requests one page.</param>
    /// <param name="nextToken">The token of a page (output_token in paginators-1.json).</param>
    /// <param name="withToken">The request for the page after a token (input_token).</param>
    /// <param name="operation">The operation name, for the error.</param>
    /// <param name="cancellationToken">Checked before each page and passed to every request.</param>
    /// <returns>The pages.</returns>
    public static async IAsyncEnumerable<TResponse> PagesAsync<TClient, TRequest, TResponse>(
        TClient client,
        TRequest first,
        string? startToken,
        Func<TClient, TRequest, CancellationToken, Task<TResponse>> fetch,
        Func<TResponse, string?> nextToken,
        Func<TRequest, string, TRequest> withToken,
        string operation,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A fingerprint of each token followed (the resumed one included), not the token: a server handing out unique
        // tokens of up to 2,048 characters would otherwise cost about 4 KB of memory per page for as long as the listing
        // lasts; a fingerprint costs the same few dozen bytes whatever the token's length. Created at the first token.
        HashSet<UInt128>? followed = null;
        var request = first;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetch(client, request, cancellationToken).ConfigureAwait(false);
            yield return page;

            var next = nextToken(page);
            if (string.IsNullOrEmpty(next)) yield break;
            if (ConstraintViolation.StringProblem(next, ServiceModelConstraints.PaginationToken, echo: false) is { } problem)
            {
                throw new MalformedResponseException(
                    $"The service returned a nextToken ({Describe(next)}) that the next {operation} request cannot carry: it {problem}",
                    statusCode: null,
                    operation: operation)
                {
                    IsIncomplete = false,
                };
            }
            if (followed is null)
            {
                followed = [];
                if (startToken is not null) followed.Add(Fingerprint(startToken));
            }
            if (!followed.Add(Fingerprint(next)))
            {
                throw new RoboMakerException(
                    $"The service returned a nextToken already followed in this listing ({Describe(next)}); stopping instead of requesting the same pages forever.",
                    operation: operation);
            }
            request = withToken(request, next);
        }
    }

    /// <summary>
    /// What the paginator keeps of a token it has followed: the first 128 bits of the SHA-256 of its UTF-16 code units
    /// (read as they are in memory, so nothing is allocated; fingerprints are only compared within one enumeration).
    /// 128 bits suffice: two different tokens of one listing share a fingerprint with a probability of about
    /// pages² / 2¹²⁹ (below 10⁻²⁰ for a billion pages), and the only effect would be a listing ended early with the
    /// "already followed" error, never a loop missed. A hostile server gains nothing by forging a match (about 2⁶⁴
    /// SHA-256 evaluations): repeating a token or sending none ends the listing more cheaply.
    /// </summary>
    /// <param name="token">A token.</param>
    /// <returns>Its fingerprint.</returns>
    internal static UInt128 Fingerprint(string token)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(token.AsSpan()), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>
    /// A token named without quoting it: its length and the first 8 hex digits (upper-case) of the SHA-256 of its UTF-8 bytes,
    /// enough to tell two tokens apart in a log.
    /// </summary>
    internal static string Describe(string token)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), hash);
        return string.Create(CultureInfo.InvariantCulture, $"{token.Length} characters, SHA-256 {Convert.ToHexString(hash[..4])}");
    }
}
