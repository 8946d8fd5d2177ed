using System.Runtime.CompilerServices;
using RoboMakerDeploy.Models;
using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Pagination;

/// <summary>
/// Walks ListDeploymentJobs page by page for any <see cref="IRoboMakerDeployClient"/> (a mock included).
/// Pages are fetched lazily, one at a time, so memory holds no more than the current page.
/// </summary>
public static class DeploymentJobPaginator
{
    /// <summary>Every page, starting at <see cref="ListDeploymentJobsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filters, page size and an optional token to resume from; null for every job.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The pages, each with the token that resumes after it.</returns>
    /// <exception cref="RoboMakerException">The service returned the same <c>nextToken</c> it was given, which would loop forever.</exception>
    public static async IAsyncEnumerable<ListDeploymentJobsResponse> ListPagesAsync(
        IRoboMakerDeployClient client,
        ListDeploymentJobsRequest? request = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var pageRequest = request ?? new ListDeploymentJobsRequest();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await client.ListDeploymentJobsAsync(pageRequest, cancellationToken).ConfigureAwait(false);
            yield return page;

            var next = page.NextToken;
            if (string.IsNullOrEmpty(next)) yield break;
            if (string.Equals(next, pageRequest.NextToken, StringComparison.Ordinal))
            {
                throw new RoboMakerException(
                    $"The service returned the nextToken it was sent ('{Shorten(next)}'); stopping instead of requesting the same page forever.",
                    operation: OperationNames.ListDeploymentJobs);
            }
            pageRequest = pageRequest with { NextToken = next };
        }
    }

    /// <summary>Every job of every page, starting at <see cref="ListDeploymentJobsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filters and page size; null for every job.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The jobs, in the service's order.</returns>
    public static async IAsyncEnumerable<DeploymentJob> ListAllAsync(
        IRoboMakerDeployClient client,
        ListDeploymentJobsRequest? request = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in ListPagesAsync(client, request, cancellationToken).ConfigureAwait(false))
        {
            foreach (var job in page.DeploymentJobs)
            {
                yield return job;
            }
        }
    }

    private static string Shorten(string token) => token.Length <= 40 ? token : string.Concat(token.AsSpan(0, 37), "...");
}
