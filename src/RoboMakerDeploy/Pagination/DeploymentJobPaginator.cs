using System.Runtime.CompilerServices;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy;

/// <summary>
/// Walks ListDeploymentJobs page by page for any <see cref="IRoboMakerDeployClient"/> (a mock included), as
/// extension methods. Pages are fetched lazily, one at a time, so memory holds no more than the current page
/// (and a 16-byte fingerprint of each token already followed, to detect a loop).
/// </summary>
public static class DeploymentJobPaginator
{
    /// <summary>Every page, starting at <see cref="ListDeploymentJobsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filters, page size and an optional token to resume from; null for every job.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The pages, each with the token that resumes after it.</returns>
    /// <exception cref="RoboMakerException">
    /// The service returned a <c>nextToken</c> already followed in this enumeration (the one resumed from included),
    /// which would loop forever.
    /// </exception>
    /// <exception cref="ArgumentException">The request breaks a documented constraint, for example a <c>nextToken</c> of <c>""</c> (checked by the client when the first page is requested).</exception>
    public static IAsyncEnumerable<ListDeploymentJobsResponse> ListDeploymentJobPagesAsync(
        this IRoboMakerDeployClient client,
        ListDeploymentJobsRequest? request = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var first = request ?? new ListDeploymentJobsRequest();
        return Paginator.PagesAsync(
            client,
            first,
            first.NextToken,
            static (c, r, ct) => c.ListDeploymentJobsAsync(r, ct),
            static page => page.NextToken,
            static (r, token) => r with { NextToken = token },
            OperationNames.ListDeploymentJobs,
            cancellationToken);
    }

    /// <summary>Every job of every page, starting at <see cref="ListDeploymentJobsRequest.NextToken"/> when set.</summary>
    /// <param name="client">The client to call.</param>
    /// <param name="request">Filters and page size; null for every job.</param>
    /// <param name="cancellationToken">Cancels the enumeration; reaches every page request.</param>
    /// <returns>The jobs, in the service's order.</returns>
    /// <exception cref="RoboMakerException">The service returned a <c>nextToken</c> already followed in this enumeration.</exception>
    public static async IAsyncEnumerable<DeploymentJob> ListAllDeploymentJobsAsync(
        this IRoboMakerDeployClient client,
        ListDeploymentJobsRequest? request = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in ListDeploymentJobPagesAsync(client, request, cancellationToken).ConfigureAwait(false))
        {
            foreach (var job in page.DeploymentJobs)
            {
                yield return job;
            }
        }
    }
}
