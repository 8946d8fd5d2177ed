using RoboMakerDeploy.Protocol;

namespace RoboMakerDeploy.Tests.Core;

/// <summary>The operation a request URI names, which decides how its reply is parsed.</summary>
public sealed class OperationRepliesTests
{
    [Theory]
    [InlineData("https://robomaker.us-west-2.amazonaws.com/createDeploymentJob", "CreateDeploymentJob")]
    [InlineData("http://127.0.0.1:4577/describeDeploymentJob", "DescribeDeploymentJob")]
    [InlineData("https://gateway.example/robomaker/listDeploymentJobs", "ListDeploymentJobs")]
    [InlineData("https://gateway.example/robomaker/syncDeploymentJob?trace=1", "SyncDeploymentJob")]
    [InlineData("https://gateway.example/cancelDeploymentJob#frag", "CancelDeploymentJob")]
    // Escaped or unusual text: the canonical path decides.
    [InlineData("https://gateway.example/%63reateDeploymentJob", "CreateDeploymentJob")]
    [InlineData("https://gateway.example/x/../describeDeploymentJob", "DescribeDeploymentJob")]
    public void The_last_path_segment_names_the_operation(string uri, string operation)
    {
        Assert.Equal(operation, OperationReplies.ForPath(new Uri(uri))?.Operation);
    }

    [Theory]
    // A host that happens to carry an operation's name is not a path.
    [InlineData("https://createDeploymentJob")]
    [InlineData("https://createDeploymentJob/")]
    [InlineData("https://gateway.example/createDeploymentJob/")]
    [InlineData("https://gateway.example/describeDeploymentJobs")]
    [InlineData("https://gateway.example/other?x=/createDeploymentJob")]
    public void Other_URIs_name_no_operation(string uri)
    {
        Assert.Null(OperationReplies.ForPath(new Uri(uri)));
    }

    [Fact]
    public void A_relative_URI_names_its_operation_too()
    {
        Assert.Equal("ListDeploymentJobs", OperationReplies.ForPath(new Uri("/listDeploymentJobs", UriKind.Relative))?.Operation);
        Assert.Null(OperationReplies.ForPath(null));
    }
}
