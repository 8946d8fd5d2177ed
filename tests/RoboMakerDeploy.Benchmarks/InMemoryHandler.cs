using System.Net;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// The bottom of the chain, with no network: for each call a fresh <see cref="HttpResponseMessage"/> whose
/// content is a <see cref="ByteArrayContent"/> over cached canned bytes, chosen by the request path's last
/// segment. ListDeploymentJobs replies with <see cref="Pages"/> pages: all but the last carry a next token
/// (two alternating tokens, so the paginator's repeated-token guard is satisfied), the last carries none.
/// </summary>
public sealed class InMemoryHandler : HttpMessageHandler
{
    private readonly byte[] _create;
    private readonly byte[] _describe;
    private readonly byte[] _listA;
    private readonly byte[] _listB;
    private readonly byte[] _listLast;
    private int _listCalls;

    public InMemoryHandler(int robots = 1, int jobsPerPage = 100)
    {
        _create = Canned.CreateReply();
        _describe = Canned.DescribeReply(robots);
        _listA = Canned.ListReply(jobsPerPage, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        _listB = Canned.ListReply(jobsPerPage, "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        _listLast = Canned.ListReply(jobsPerPage, null);
    }

    /// <summary>How many pages a listing has (unbounded by default: every page has a next token, as a single List call sees it).</summary>
    public int Pages { get; set; } = int.MaxValue;

    /// <summary>The size of the Describe reply, for the README.</summary>
    public int DescribeBytes => _describe.Length;

    /// <summary>The size of one List page, for the README.</summary>
    public int ListPageBytes => _listA.Length;

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
        byte[] body;
        if (path.EndsWith("/describeDeploymentJob", StringComparison.Ordinal)) body = _describe;
        else if (path.EndsWith("/listDeploymentJobs", StringComparison.Ordinal))
        {
            var page = ++_listCalls;
            body = page >= Pages ? _listLast : (page & 1) == 1 ? _listA : _listB;
        }
        else if (path.EndsWith("/createDeploymentJob", StringComparison.Ordinal)) body = _create;
        else return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };

        var content = new ByteArrayContent(body);
        // As a real transport does: header lines as received, parsed on demand.
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716");
        return response;
    }
}
