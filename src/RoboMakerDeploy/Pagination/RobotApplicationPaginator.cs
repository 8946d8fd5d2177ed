using System.Runtime.CompilerServices;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Walks ListRobotApplications page by page for any <see cref="IRoboMakerDeployClient"/> (a mock included), as the service model's
/// paginator of ListRobotApplications describes it (<c>nextToken</c> in and out, <c>maxResults</c> the page size, items in
/// <c>robotApplicationSummaries</c>). Pages are fetched lazily, one at a time.
/// </summary>
public static class RobotApplicationPaginator
{
    /// <summary>Every page of ListRobotApplications, starting at <see cref="ListRobotApplicationsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filter, page size and an optional token to resume from; null for every robot application.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The pages, each with the token that resumes after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="RoboMakerException">A page failed, or the service returned a <c>nextToken</c> already followed in this enumeration, the one resumed from included (which would loop forever).</exception>
    public static IAsyncEnumerable<ListRobotApplicationsResponse> ListRobotApplicationPagesAsync(
        this IRoboMakerDeployClient client,
        ListRobotApplicationsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var first = request ?? new ListRobotApplicationsRequest();
        return Paginator.PagesAsync(
            client,
            first,
            first.NextToken,
            static (c, r, ct) => c.ListRobotApplicationsAsync(r, ct),
            static page => page.NextToken,
            static (r, token) => r with { NextToken = token },
            OperationNames.ListRobotApplications,
            cancellationToken);
    }

    /// <summary>Every robot application of every page of ListRobotApplications, in the service's order.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filter and page size; null for every robot application.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The items of <see cref="ListRobotApplicationsResponse.RobotApplicationSummaries"/>, page after page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="RoboMakerException">A page failed, or the service returned a <c>nextToken</c> already followed in this enumeration.</exception>
    public static IAsyncEnumerable<RobotApplicationSummary> ListAllRobotApplicationsAsync(
        this IRoboMakerDeployClient client,
        ListRobotApplicationsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return Items(client.ListRobotApplicationPagesAsync(request, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<RobotApplicationSummary> Items(IAsyncEnumerable<ListRobotApplicationsResponse> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.RobotApplicationSummaries)
            {
                yield return item;
            }
        }
    }
}
