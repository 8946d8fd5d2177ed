using System.Runtime.CompilerServices;

namespace RoboMakerDeploy;

/// <summary>
/// The one paging loop of the List operations' paginators (the service model's <c>paginators-1.json</c>: input token
/// <c>nextToken</c>, output token <c>nextToken</c>). Pages are fetched lazily, one at a time.
/// </summary>
internal static class PagedCalls
{
    /// <summary>
    /// Every page: <paramref name="first"/>, then the same request with each page's token, until a page has none.
    /// A page that returns the token it was sent ends the walk with a <see cref="RoboMakerException"/>, since asking
    /// again would return the same page forever.
    /// </summary>
    /// <param name="call">The List call.</param>
    /// <param name="first">The first request (it may carry a token to resume from).</param>
    /// <param name="nextToken">A page's <c>nextToken</c>.</param>
    /// <param name="withToken">The request with another <c>nextToken</c>.</param>
    /// <param name="operation">The operation's name, for the error.</param>
    /// <param name="cancellationToken">Checked before every page and passed to every call.</param>
    internal static async IAsyncEnumerable<TResponse> PagesAsync<TRequest, TResponse>(
        Func<TRequest, CancellationToken, Task<TResponse>> call,
        TRequest first,
        Func<TResponse, string?> nextToken,
        Func<TRequest, string, TRequest> withToken,
        string operation,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = first;
        // The token this walk sent. A first request resuming from a token is not read here (the signature has no
        // getter for it): a service that hands it straight back is caught one page later, on the repeat.
        string? sent = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await call(request, cancellationToken).ConfigureAwait(false);
            yield return page;

            var next = nextToken(page);
            if (string.IsNullOrEmpty(next)) yield break;
            if (string.Equals(next, sent, StringComparison.Ordinal))
            {
                throw new RoboMakerException(
                    $"The service returned the nextToken it was sent ('{Shorten(next)}'); stopping instead of requesting the same page forever.",
                    operation: operation);
            }
            sent = next;
            request = withToken(request, next);
        }
    }

    private static string Shorten(string token) => token.Length <= 40 ? token : string.Concat(token.AsSpan(0, 37), "...");
}
