using System.Net;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// The bottom of the chain, with no network: for each call a fresh <see cref="HttpResponseMessage"/> whose
/// content is a <see cref="ByteArrayContent"/> over cached canned bytes, chosen by the request path's last
/// segment. ListDeploymentJobs replies with <see cref="Pages"/> pages: all but the last carry a next token that is
/// new in the listing (the paginator ends a listing whose tokens repeat), the last carries none. A page is served
/// from the cached bytes around its token, which is written per page: no copy of the page.
/// </summary>
public sealed class InMemoryHandler : HttpMessageHandler
{
    private readonly byte[] _create;
    private readonly byte[] _describe;
    private const string TokenTemplate = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0000000000";
    private readonly byte[] _listPage;
    private readonly int _tokenAt;
    private readonly byte[] _listLast;
    private int _listCalls;

    public InMemoryHandler(int robots = 1, int jobsPerPage = 100)
    {
        _create = Canned.CreateReply();
        _describe = Canned.DescribeReply(robots);
        _listPage = Canned.ListReply(jobsPerPage, TokenTemplate);
        _tokenAt = _listPage.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(TokenTemplate));
        _listLast = Canned.ListReply(jobsPerPage, null);
    }

    /// <summary>How many pages a listing has (unbounded by default: every page has a next token, as a single List call sees it).</summary>
    public int Pages { get; set; } = int.MaxValue;

    /// <summary>The size of the Describe reply, for the README.</summary>
    public int DescribeBytes => _describe.Length;

    /// <summary>The size of one List page, for the README.</summary>
    public int ListPageBytes => _listPage.Length;

    /// <summary>The size of the Create reply, for the README.</summary>
    public int CreateBytes => _create.Length;

    /// <summary>Starts a new listing.</summary>
    public void ResetListing() => _listCalls = 0;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Reply(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Reply(request);

    private HttpResponseMessage Reply(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        HttpContent content;
        if (path.EndsWith("/describeDeploymentJob", StringComparison.Ordinal)) content = new ByteArrayContent(_describe);
        else if (path.EndsWith("/listDeploymentJobs", StringComparison.Ordinal))
        {
            var page = ++_listCalls;
            content = page >= Pages ? new ByteArrayContent(_listLast) : new PageContent(_listPage, _tokenAt, TokenTemplate.Length, page);
        }
        else if (path.EndsWith("/createDeploymentJob", StringComparison.Ordinal)) content = new ByteArrayContent(_create);
        else return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };

        // As a real transport does: header lines as received, parsed on demand.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716");
        return response;
    }
}
