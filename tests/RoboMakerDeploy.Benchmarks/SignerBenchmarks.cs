using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using BenchmarkDotNet.Attributes;
using RoboMakerDeploy.Models;

namespace RoboMakerDeploy.Benchmarks;

/// <summary>
/// Signs one CreateDeploymentJob request (POST /createDeploymentJob, JSON body, host and content-type
/// signed) with <see cref="SigV4Signer"/> and, as the baseline, with AWSSDK.Core's <see cref="AWS4Signer"/>.
/// </summary>
[MemoryDiagnoser]
public class SignerBenchmarks
{
    private const string AccessKeyId = "AKIDEXAMPLE";
    private const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Region = "us-west-2";
    private const string Host = "robomaker.us-west-2.amazonaws.com";

    // AWS4Signer always adds and signs x-amz-content-sha256: do the same, so both produce the same signature.
    private static readonly SigV4SigningOptions Options = new() { SignPayloadHashHeader = true };

    private static readonly DateTimeOffset Time = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private byte[] _body = [];
    private AwsCredentials _credentials = null!;
    private KeyValuePair<string, string>[] _headers = [];
    private AWS4Signer _awsSigner = null!;
    private DefaultRequest _awsRequest = null!;
    private BenchmarkClientConfig _awsConfig = null!;

    [GlobalSetup]
    public void Setup()
    {
        var request = new CreateDeploymentJobRequest
        {
            ClientRequestToken = "0b0f5a43-6b6d-4c5a-9a51-3f5b0a1d7c11",
            Fleet = "arn:aws:robomaker:us-west-2:123456789012:deployment-fleet/MyFleet/1539894765711",
            DeploymentConfig = new DeploymentConfig { ConcurrentDeploymentPercentage = 20, FailureThresholdPercentage = 25 },
            DeploymentApplicationConfigs =
            [
                new DeploymentApplicationConfig
                {
                    Application = "arn:aws:robomaker:us-west-2:123456789012:robot-application/MyRobotApplication/1551203301792",
                    ApplicationVersion = "1",
                    LaunchConfig = new DeploymentLaunchConfig
                    {
                        PackageName = "hello_world",
                        LaunchFile = "hello_world.launch",
                        EnvironmentVariables = new Dictionary<string, string> { ["ENVIRONMENT"] = "production" },
                    },
                },
            ],
            Tags = new Dictionary<string, string> { ["team"] = "robots" },
        };
        _body = JsonSerializer.SerializeToUtf8Bytes(request, RoboMakerDeployJsonContext.Default.CreateDeploymentJobRequest);
        _credentials = new AwsCredentials(AccessKeyId, SecretAccessKey);
        _headers = [new("host", Host), new("content-type", "application/json; charset=utf-8")];

        _awsSigner = new AWS4Signer();
        _awsConfig = new BenchmarkClientConfig();
        _awsRequest = new DefaultRequest(new BenchmarkRequest(), "AmazonRoboMaker")
        {
            HttpMethod = "POST",
            Endpoint = new Uri("https://" + Host),
            ResourcePath = "/createDeploymentJob",
            Content = _body,
            AuthenticationRegion = Region,
        };
        _awsRequest.Headers["Content-Type"] = "application/json; charset=utf-8";

        // Both must produce the same signature for the same time, or the comparison is meaningless.
        var ours = Sign();
        var theirs = AwsSigner();
        if (!theirs.Contains(ours.Signature, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The signers disagree:\n{ours.Authorization}\n{theirs}");
        }
    }

    /// <summary>The signed body (for <see cref="SignerOptimizationBenchmarks"/>).</summary>
    public byte[] Body => _body;

    [Benchmark(Baseline = true, Description = "AWS4Signer (AWSSDK.Core)")]
    public string AwsSigner()
    {
        _awsRequest.Headers.Remove("X-Amz-Content-SHA256");
        _awsRequest.Headers.Remove("Authorization");
        _awsRequest.Headers.Remove("X-Amz-Date");
        var result = _awsSigner.SignRequest(_awsRequest, _awsConfig, null, AccessKeyId, SecretAccessKey, Time.UtcDateTime);
        return result.ForAuthorizationHeader;
    }

    [Benchmark(Description = "SigV4Signer")]
    public string OurSigner() => Sign().Authorization;

    /// <summary>The signature <see cref="OurSigner"/> computes, with its intermediate strings.</summary>
    internal SigV4Signature Sign() =>
        SigV4Signer.Sign("POST", "/createDeploymentJob", null, _headers, _body, _credentials, Region, "robomaker", Time, Options);

    private sealed class BenchmarkRequest : AmazonWebServiceRequest;

    private sealed class BenchmarkClientConfig : ClientConfig
    {
        public BenchmarkClientConfig()
            : base(new DefaultConfigurationProvider([new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard }]))
        {
            AuthenticationServiceName = "robomaker";
            ServiceURL = "https://" + Host;
            AuthenticationRegion = Region;
        }

        public override string RegionEndpointServiceName => "robomaker";

        public override string ServiceVersion => "2018-06-29";

        public override string UserAgent => "benchmark";

        public override Amazon.Runtime.Endpoints.Endpoint DetermineServiceOperationEndpoint(Amazon.Runtime.Endpoints.ServiceOperationEndpointParameters parameters) =>
            new("https://" + Host);
    }
}
