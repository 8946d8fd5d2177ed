using static RoboMakerDeploy.TestUtils.ResilienceTestKit;

namespace RoboMakerDeploy.Tests.Waiting;

/// <summary>
/// A bad entry of WaitForDeploymentJobsAsync's jobArns is refused at once, before any call, with the entry's path
/// (<c>jobArns[i]</c>) as ParamName, as request validation names a list entry.
/// </summary>
public sealed class ManyJobsArgumentTests : IDisposable
{
    private readonly InMemoryTransport _transport = new();
    private readonly VirtualClock _clock = new();

    public void Dispose() => _transport.Dispose();

    [Fact]
    public void A_null_entry_is_named_by_its_index_and_said_to_be_null()
    {
        using var client = Client(_transport, _clock);

        var error = Assert.Throws<ArgumentException>(() => client.WaitForDeploymentJobsAsync([null!]));

        Assert.Equal("jobArns[0]", error.ParamName);
        Assert.StartsWith("jobArns[0] must not be null;", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _transport.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void An_empty_entry_is_named_by_its_index_and_said_to_be_empty(string blank)
    {
        using var client = Client(_transport, _clock);

        var error = Assert.Throws<ArgumentException>(() => client.WaitForDeploymentJobsAsync([CannedReplies.JobArn, blank]));

        Assert.Equal("jobArns[1]", error.ParamName);
        Assert.StartsWith("jobArns[1] is empty;", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _transport.Count);
    }

    [Fact]
    public void No_entry_at_all_names_the_list()
    {
        using var client = Client(_transport, _clock);

        var error = Assert.Throws<ArgumentException>(() => client.WaitForDeploymentJobsAsync([]));

        Assert.Equal("jobArns", error.ParamName);
    }
}
