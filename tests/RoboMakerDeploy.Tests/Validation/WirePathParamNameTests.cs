using RoboMakerDeploy.Models;
using static RoboMakerDeploy.TestUtils.CannedReplies;
using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Validation;

/// <summary>
/// Values the SDK's own model types transform before validation sees them (a list leaving out null entries, an enum
/// turned into its wire string): the refusal still names the wire path, and nothing is sent.
/// </summary>
public sealed class WirePathParamNameTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    private async Task<ArgumentException> RefusedAsync(Func<RoboMakerDeployClient, Task> call)
    {
        using var client = Client(_transport, _clock);
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(client));
        Assert.Equal(0, _transport.Count);
        return ex;
    }

    [Fact]
    public async Task UntagResource_with_only_a_null_key_names_the_entry_not_a_missing_list()
    {
        var ex = await RefusedAsync(c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = [null!] }));

        Assert.Equal("tagKeys[0]", ex.ParamName);
        Assert.StartsWith("tagKeys[0] must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntagResource_with_a_null_key_after_a_valid_one_names_its_index()
    {
        var ex = await RefusedAsync(c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = ["env", null!] }));

        Assert.Equal("tagKeys[1]", ex.ParamName);
    }

    [Fact]
    public async Task UntagResource_with_no_keys_is_still_tagKeys_is_required()
    {
        var ex = await RefusedAsync(c => c.UntagResourceAsync(new UntagResourceRequest { ResourceArn = FleetArn, TagKeys = [] }));

        Assert.Equal("tagKeys", ex.ParamName);
        Assert.Contains("is required", ex.Message, StringComparison.Ordinal);
    }
}
