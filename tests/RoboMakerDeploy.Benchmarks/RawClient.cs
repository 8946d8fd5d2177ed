using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// The floor the client stack is measured against: what a careful hand-written client does with the same wire
/// bytes. A plain <see cref="HttpClient"/> over the same handler, the same source-generated JSON context and the
/// project's signer, with no Refit, no Polly, no validation, no diagnostics: it signs every request (host,
/// content-type, x-amz-date) exactly as the stack does, takes the response headers first and streams the body into
/// the same records (<see cref="JsonSerializer.DeserializeAsync{TValue}(Stream, JsonTypeInfo{TValue}, CancellationToken)"/>),
/// never holding the whole body in one array.
/// </summary>
public sealed class RawClient(HttpMessageHandler handler) : IDisposable
{
    private readonly HttpClient _http = new(handler, disposeHandler: false);
    private readonly AwsCredentials _credentials = new(Canned.AccessKeyId, Canned.SecretAccessKey);
    private readonly string _host = Canned.ServiceUrl.IdnHost;
    private readonly Uri _create = new(Canned.ServiceUrl, "/createDeploymentJob");
    private readonly Uri _describe = new(Canned.ServiceUrl, "/describeDeploymentJob");
    private readonly Uri _list = new(Canned.ServiceUrl, "/listDeploymentJobs");

    public Task<CreateDeploymentJobResponse?> CreateDeploymentJobAsync(CreateDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(_create, request, RoboMakerDeployJsonContext.Default.CreateDeploymentJobRequest, RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse, cancellationToken);

    public Task<DescribeDeploymentJobResponse?> DescribeDeploymentJobAsync(DescribeDeploymentJobRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(_describe, request, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobRequest, RoboMakerDeployJsonContext.Default.DescribeDeploymentJobResponse, cancellationToken);

    public Task<ListDeploymentJobsResponse?> ListDeploymentJobsAsync(ListDeploymentJobsRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(_list, request, RoboMakerDeployJsonContext.Default.ListDeploymentJobsRequest, RoboMakerDeployJsonContext.Default.ListDeploymentJobsResponse, cancellationToken);

    /// <summary>Every job of every page: the same loop a paginator runs, with nothing around it.</summary>
    public async IAsyncEnumerable<DeploymentJob> ListAllDeploymentJobsAsync(ListDeploymentJobsRequest request)
    {
        while (true)
        {
            var page = (await ListDeploymentJobsAsync(request).ConfigureAwait(false))!;
            foreach (var job in page.DeploymentJobs) yield return job;
            if (string.IsNullOrEmpty(page.NextToken)) yield break;
            request = request with { NextToken = page.NextToken };
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<TReply?> SendAsync<TRequest, TReply>(
        Uri uri, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TReply> replyType, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        // As text: no MediaTypeHeaderValue to build and parse per request.
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        KeyValuePair<string, string>[] headers = [new("host", _host), new("content-type", "application/json")];
        SigV4Signer.Sign("POST", uri.AbsolutePath, null, headers, body, _credentials, Canned.Region, "robomaker", DateTimeOffset.UtcNow)
            .ApplyTo(message.Headers);

        // Headers first, then the body streamed into the model: HttpClient's own buffering (ResponseContentRead) would
        // copy it into one array first.
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, replyType, cancellationToken).ConfigureAwait(false);
        }
    }
}
