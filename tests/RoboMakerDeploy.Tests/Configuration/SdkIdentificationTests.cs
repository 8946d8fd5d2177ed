
namespace RoboMakerDeploy.Tests.Configuration;

public sealed class SdkIdentificationTests
{
    [Fact]
    public void The_user_agent_names_sdk_version_runtime_os_architecture_retry_mode_and_app()
    {
        var ua = SdkIdentification.UserAgent("inventory-sync", RetryMode.Adaptive, "linux", "6.1.0", "8.0.11", "x64");
        var v = SdkIdentification.SdkVersion;
        Assert.Equal($"robomakerdeploy-dotnet/{v} ua/2.1 api/robomaker#{v} os/linux#6.1.0 lang/.NET_Core#8.0.11 md/arch#x64 cfg/retry-mode#adaptive app/inventory-sync", ua);
        Assert.DoesNotContain('+', v); // no commit suffix
    }

    [Fact]
    public void Without_an_app_id_there_is_no_app_part_and_unsafe_characters_become_underscores()
    {
        Assert.DoesNotContain("app/", SdkIdentification.UserAgent(null, RetryMode.Standard, "linux", "1", "8.0", "x64"), StringComparison.Ordinal);
        var ua = SdkIdentification.UserAgent("my app/v2 (beta)#1", RetryMode.Standard, "linux", "1", "8.0", "x64");
        Assert.EndsWith(" cfg/retry-mode#standard app/my_app_v2__beta__1", ua, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_runtime_is_described()
    {
        var ua = SdkIdentification.UserAgent(null, RetryMode.Standard);
        Assert.Contains($" os/{SdkIdentification.OsFamily()}#", ua, StringComparison.Ordinal);
        Assert.Contains($" lang/.NET_Core#{Environment.Version}", ua, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", ua, StringComparison.Ordinal);
    }

    [Fact]
    public void The_user_agent_is_a_valid_http_header_value_made_of_product_tokens()
    {
        using var request = new HttpRequestMessage();
        request.Headers.Add(SdkIdentification.UserAgentHeader, SdkIdentification.UserAgent("odd app/äö (x)", RetryMode.Adaptive)); // validates the syntax
        Assert.Equal(8, request.Headers.UserAgent.Count); // sdk, ua, api, os, lang, md, cfg, app
        Assert.All(request.Headers.UserAgent, p => Assert.NotNull(p.Product));
        request.Headers.Add(SdkIdentification.RequestHeader, SdkIdentification.RequestValue(2, 3));
        request.Headers.Add(SdkIdentification.InvocationIdHeader, SdkIdentification.NewInvocationId());
    }

    [Fact]
    public void The_request_header_value_counts_attempts()
    {
        Assert.Equal("attempt=1; max=3", SdkIdentification.RequestValue(1, 3));
        Assert.Equal("attempt=5; max=5", SdkIdentification.RequestValue(5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SdkIdentification.RequestValue(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => SdkIdentification.RequestValue(4, 3));
    }

    [Fact]
    public void Invocation_ids_are_lower_case_uuids_and_differ_between_calls()
    {
        var first = SdkIdentification.NewInvocationId();
        var second = SdkIdentification.NewInvocationId();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.NotEqual(first, second);
        // Every one a version-4, RFC-variant UUID, none repeated, every random hex digit position varying.
        var many = Enumerable.Range(0, 2000).Select(_ => SdkIdentification.NewInvocationId()).ToList();
        Assert.All(many, id => Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(many.Count, many.Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < 36; i++)
        {
            if (i is 8 or 13 or 18 or 23 or 14) continue;
            Assert.True(many.Select(id => id[i]).Distinct().Count() > (i == 19 ? 3 : 8), $"position {i} hardly varies");
        }
    }
}
