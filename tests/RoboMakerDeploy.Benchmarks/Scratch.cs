using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using RoboMakerDeploy.Auth;
using RoboMakerDeploy.Diagnostics;
using RoboMakerDeploy.Protocol;
using RoboMakerDeploy.Resilience;

namespace RoboMakerDeploy.Benchmarks;

internal sealed class ProbeHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Console.WriteLine($"request content {request.Content?.GetType().Name}, headers: {request.Headers} / {request.Content?.Headers}");
        var r = await base.SendAsync(request, cancellationToken);
        
        return r;
    }
}

internal static class Scratch
{
    public static async Task RunAsync()
    {
        var h = new InMemoryHandler(robots: 1);
        var body = JsonSerializer.SerializeToUtf8Bytes(Canned.CreateRequest, RoboMakerDeployJsonContext.Default.CreateDeploymentJobRequest);
        var uri = new Uri("https://robomaker.us-west-2.amazonaws.com/createDeploymentJob");
        var creds = new StaticCredentialsProvider(Canned.AccessKeyId, Canned.SecretAccessKey);
        HttpRequestMessage Req()
        {
            var c = new ByteArrayContent(body);
            c.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpRequestMessage(HttpMethod.Post, uri) { Content = c };
        }
        HttpMessageHandler Sign() => new SigV4SigningHandler(creds, "us-west-2", "robomaker", TimeProvider.System) { InnerHandler = h };
        HttpMessageHandler Reply() => new ReplyHandler(TimeProvider.System) { InnerHandler = Sign() };
        HttpMessageHandler Diag() => new AttemptDiagnosticsHandler(null) { InnerHandler = Reply() };
        HttpMessageHandler Res() => new ResilienceHandler(RoboMakerResiliencePipeline.Create(new RoboMakerDeployClientOptions(), NullLogger.Instance)) { InnerHandler = Diag() };
        HttpMessageHandler ResNoTimeouts() => new ResilienceHandler(RoboMakerResiliencePipeline.Create(new RoboMakerDeployClientOptions { Timeout = null, AttemptTimeout = null }, NullLogger.Instance)) { InnerHandler = Diag() };
        HttpMessageHandler ResNoRetry() => new ResilienceHandler(RoboMakerResiliencePipeline.Create(new RoboMakerDeployClientOptions { Timeout = null, AttemptTimeout = null, MaxAttempts = 1 }, NullLogger.Instance)) { InnerHandler = Diag() };
        (string, HttpMessageHandler)[] layers = [("transport", h), ("+sign", Sign()), ("+reply", Reply()), ("+diag", Diag()), ("+res(no polly strategies)", ResNoRetry()), ("+res(retry only)", ResNoTimeouts()), ("+res(full)", Res())];
        foreach (var (name, handler) in layers)
        {
            var inv = new HttpMessageInvoker(handler, false);
            long bytes = 0;
            for (var i = 0; i < 200; i++)
            {
                var req = Req();
                var a = GC.GetAllocatedBytesForCurrentThread();
                using (var r = await inv.SendAsync(req, default)) { }
                bytes = GC.GetAllocatedBytesForCurrentThread() - a;
            }
            Console.WriteLine($"{name,-28} {bytes,8}");
        }
        {
            var hc = new HttpClient(Res(), false) { Timeout = Timeout.InfiniteTimeSpan };
            long bytes = 0;
            for (var i = 0; i < 200; i++)
            {
                var req = Req();
                var a = GC.GetAllocatedBytesForCurrentThread();
                using (var r = await hc.SendAsync(req)) { }
                bytes = GC.GetAllocatedBytesForCurrentThread() - a;
            }
            Console.WriteLine($"{"httpclient over full",-28} {bytes,8}");
        }
        {
            long bytes = 0;
            for (var i = 0; i < 200; i++)
            {
                var a = GC.GetAllocatedBytesForCurrentThread();
                Req().Dispose();
                bytes = GC.GetAllocatedBytesForCurrentThread() - a;
            }
            Console.WriteLine($"{"(request build)",-28} {bytes,8}");
        }
        {
            var replyOnly = new ReplyHandler(TimeProvider.System) { InnerHandler = h };
            var hc = new HttpClient(replyOnly, false) { BaseAddress = Canned.ServiceUrl, Timeout = Timeout.InfiniteTimeSpan };
            var api = Refit.RestService.ForGenerated<IRoboMakerDeployApi>(hc, RefitSettingsFactory.Create());
            var inv = new HttpMessageInvoker(replyOnly, false);
            var s2 = RefitSettingsFactory.Create(); s2.Buffered = false;
            var api2 = Refit.RestService.ForGenerated<IRoboMakerDeployApi>(new HttpClient(replyOnly, false) { BaseAddress = Canned.ServiceUrl, Timeout = Timeout.InfiniteTimeSpan }, s2);
            var probeHandler = new ProbeHandler { InnerHandler = replyOnly };
            var api3 = Refit.RestService.ForGenerated<IRoboMakerDeployApi>(new HttpClient(probeHandler, false) { BaseAddress = Canned.ServiceUrl, Timeout = Timeout.InfiniteTimeSpan }, s2);
            await api3.CreateDeploymentJob(Canned.CreateRequest, default);
            long unbuf = 0;
            for (var i = 0; i < 200; i++) { var a = GC.GetAllocatedBytesForCurrentThread(); await api2.CreateDeploymentJob(Canned.CreateRequest, default); unbuf = GC.GetAllocatedBytesForCurrentThread() - a; }
            Console.WriteLine($"refit unbuffered {unbuf}");
            long refit = 0, direct = 0, hcBytes = 0, ser = 0;
            for (var i = 0; i < 200; i++)
            {
                var a = GC.GetAllocatedBytesForCurrentThread();
                await api.CreateDeploymentJob(Canned.CreateRequest, default);
                var b = GC.GetAllocatedBytesForCurrentThread();
                using (var r = await inv.SendAsync(Req(), default)) { }
                var c = GC.GetAllocatedBytesForCurrentThread();
                using (var r = await hc.SendAsync(Req(), HttpCompletionOption.ResponseHeadersRead)) { }
                var d = GC.GetAllocatedBytesForCurrentThread();
                JsonSerializer.SerializeToUtf8Bytes(Canned.CreateRequest, RoboMakerDeployJsonContext.Default.CreateDeploymentJobRequest);
                var e = GC.GetAllocatedBytesForCurrentThread();
                refit = b - a; direct = c - b; hcBytes = d - c; ser = e - d;
            }
            Console.WriteLine($"refit+reply {refit}, invoker+reply(+req build) {direct}, httpclient headers-read+reply(+req build) {hcBytes}, serialize {ser}");
        }
        var client = ClientStackBenchmarks.CreateClient(h);
        var raw = new RawClient(h);
        for (var i = 0; i < 200; i++) await client.CreateDeploymentJobAsync(Canned.CreateRequest);
        for (var i = 0; i < 200; i++) await raw.CreateDeploymentJobAsync(Canned.CreateRequest);
        var x = GC.GetAllocatedBytesForCurrentThread();
        await client.CreateDeploymentJobAsync(Canned.CreateRequest);
        var y = GC.GetAllocatedBytesForCurrentThread();
        await raw.CreateDeploymentJobAsync(Canned.CreateRequest);
        var z = GC.GetAllocatedBytesForCurrentThread();
        var parsed = JsonSerializer.Deserialize(Canned.CreateReply(), RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse);
        var w = GC.GetAllocatedBytesForCurrentThread();
        JsonSerializer.Deserialize(Canned.CreateReply(), RoboMakerDeployJsonContext.Default.CreateDeploymentJobResponse);
        var v = GC.GetAllocatedBytesForCurrentThread();
        Console.WriteLine($"client {y - x}, raw {z - y}, parse+canned {v - w}");
    }
}
