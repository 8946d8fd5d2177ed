using System.Runtime.CompilerServices;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Walks ListFleets page by page for any <see cref="IRoboMakerDeployClient"/> (a mock included), as the service model's
/// paginator of ListFleets describes it (<c>nextToken</c> in and out, <c>maxResults</c> the page size, items in
/// <c>fleetDetails</c>). Pages are fetched lazily, one at a time.
/// </summary>
public static class FleetPaginator
{
    /// <summary>Every page of ListFleets, starting at <see cref="ListFleetsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filter, page size and an optional token to resume from; null for every fleet.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The pages, each with the token that resumes after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="RoboMakerException">A page failed, or the service returned a <c>nextToken</c> already followed in this enumeration, the one resumed from included (which would loop forever).</exception>
    public static IAsyncEnumerable<ListFleetsResponse> ListFleetPagesAsync(
        this IRoboMakerDeployClient client,
        ListFleetsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var first = request ?? new ListFleetsRequest();
        return Paginator.PagesAsync(
            client,
            first,
            first.NextToken,
            static (c, r, ct) => c.ListFleetsAsync(r, ct),
            static page => page.NextToken,
            static (r, token) => r with { NextToken = token },
            OperationNames.ListFleets,
            cancellationToken);
    }

    /// <summary>Every fleet of every page of ListFleets, in the service's order.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filter and page size; null for every fleet.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The items of <see cref="ListFleetsResponse.FleetDetails"/>, page after page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="RoboMakerException">A page failed, or the service returned a <c>nextToken</c> already followed in this enumeration.</exception>
    public static IAsyncEnumerable<Fleet> ListAllFleetsAsync(
        this IRoboMakerDeployClient client,
        ListFleetsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Items(client.ListFleetPagesAsync(request, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<Fleet> Items(IAsyncEnumerable<ListFleetsResponse> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.FleetDetails)
            {
                yield return item;
            }
        }
    }
}
