using System.Runtime.CompilerServices;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Walks ListRobots page by page for any <see cref="IRoboMakerDeployClient"/> (a mock included), as the service model's
/// paginator of ListRobots describes it (<c>nextToken</c> in and out, <c>maxResults</c> the page size, items in
/// <c>robots</c>). Pages are fetched lazily, one at a time.
/// </summary>
public static class RobotPaginator
{
    /// <summary>Every page of ListRobots, starting at <see cref="ListRobotsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filter, page size and an optional token to resume from; null for every robot.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The pages, each with the token that resumes after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="RoboMakerException">A page failed, or the service returned a <c>nextToken</c> already followed in this enumeration, the one resumed from included (which would loop forever).</exception>
    public static IAsyncEnumerable<ListRobotsResponse> ListRobotPagesAsync(
        this IRoboMakerDeployClient client,
        ListRobotsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var first = request ?? new ListRobotsRequest();
        return Paginator.PagesAsync(
            client,
            first,
            first.NextToken,
            static (c, r, ct) => c.ListRobotsAsync(r, ct),
            static page => page.NextToken,
            static (r, token) => r with { NextToken = token },
            OperationNames.ListRobots,
            cancellationToken);
    }

    /// <summary>Every robot of every page of ListRobots, in the service's order.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filter and page size; null for every robot.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The items of <see cref="ListRobotsResponse.Robots"/>, page after page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="RoboMakerException">A page failed, or the service returned a <c>nextToken</c> already followed in this enumeration.</exception>
    public static IAsyncEnumerable<Robot> ListAllRobotsAsync(
        this IRoboMakerDeployClient client,
        ListRobotsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Items(client.ListRobotPagesAsync(request, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<Robot> Items(IAsyncEnumerable<ListRobotsResponse> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Robots)
            {
                yield return item;
            }
        }
    }
}
