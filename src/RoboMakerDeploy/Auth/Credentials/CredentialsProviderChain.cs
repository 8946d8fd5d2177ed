using System.Text;

namespace RoboMakerDeploy;

/// <summary>
/// Asks its providers in order and returns the first credentials found. A provider that has nothing
/// (<see cref="AwsCredentialsNotFoundException"/>) is skipped; any other failure (a broken profile, a
/// failing credential_process) stops the chain. When no provider yields credentials, the exception lists
/// every source tried and why each gave nothing. The chain asks again on every call, so a source that
/// appears later (new environment, new file) is used from then on; the providers do the caching.
/// </summary>
public sealed class CredentialsProviderChain : IAwsCredentialsProvider
{
    private readonly IAwsCredentialsProvider[] _providers;

    /// <summary>Creates the chain.</summary>
    /// <param name="providers">The providers, in the order they are asked.</param>
    public CredentialsProviderChain(params IAwsCredentialsProvider[] providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        if (providers.Length == 0) throw new ArgumentException("The chain needs at least one provider.", nameof(providers));
        _providers = (IAwsCredentialsProvider[])providers.Clone();
    }

    /// <summary>The providers, in order.</summary>
    public IReadOnlyList<IAwsCredentialsProvider> Providers => _providers;

    /// <inheritdoc />
    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        List<string>? reasons = null;
        foreach (var provider in _providers)
        {
            try
            {
                return await provider.GetCredentialsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (AwsCredentialsNotFoundException ex)
            {
                (reasons ??= []).Add(ex.Message);
            }
        }
        var message = new StringBuilder("No AWS credentials were found. Sources tried, in order:");
        for (var i = 0; i < reasons!.Count; i++)
        {
            message.Append('\n').Append(i + 1).Append(". ").Append(reasons[i]);
        }
        throw new AwsCredentialsNotFoundException(message.ToString());
    }

    /// <inheritdoc />
    public override string ToString() => $"CredentialsProviderChain({string.Join(", ", _providers.Select(p => p.ToString()))})";
}
