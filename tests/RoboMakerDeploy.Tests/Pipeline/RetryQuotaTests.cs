
namespace RoboMakerDeploy.Tests.Pipeline;

/// <summary>The standard mode's published costs ("Retry behavior", AWS SDKs and Tools reference guide).</summary>
public sealed class RetryQuotaTests
{
    [Fact]
    public void A_retry_costs_5_a_retry_after_a_timeout_10()
    {
        var quota = new RetryQuota();
        Assert.Equal(500, quota.Available);
        Assert.Equal(5, quota.TryAcquireRetry(afterTimeout: false));
        Assert.Equal(495, quota.Available);
        Assert.Equal(10, quota.TryAcquireRetry(afterTimeout: true));
        Assert.Equal(485, quota.Available);
    }

    [Fact]
    public void An_empty_quota_refuses_retries_until_successes_refill_it()
    {
        var quota = new RetryQuota(12);
        Assert.Equal(10, quota.TryAcquireRetry(afterTimeout: true));
        Assert.Null(quota.TryAcquireRetry(afterTimeout: false)); // 2 left, a retry needs 5
        Assert.Equal(2, quota.Available);
        for (var i = 0; i < 3; i++) quota.ReleaseAfterSuccess(0); // three first-attempt successes: +1 each
        Assert.Equal(5, quota.TryAcquireRetry(afterTimeout: false));
    }

    [Fact]
    public void A_success_after_retrying_returns_what_the_last_retry_took_and_never_overfills()
    {
        var quota = new RetryQuota();
        quota.TryAcquireRetry(afterTimeout: false);
        var last = quota.TryAcquireRetry(afterTimeout: true);
        Assert.Equal(485, quota.Available);
        quota.ReleaseAfterSuccess(last!.Value);
        Assert.Equal(495, quota.Available);
        quota.ReleaseAfterSuccess(5);
        quota.ReleaseAfterSuccess(5);
        Assert.Equal(500, quota.Available);
    }
}
