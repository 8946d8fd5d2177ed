using Refit;

namespace RoboMakerDeploy;

/// <summary>
/// The Refit settings of the client: no serializer of Refit's own (see <see cref="RoboMakerContentSerializer"/>), and
/// failures passed through as the pipeline raised them (the SDK's exceptions, the caller's cancellation) instead of
/// wrapped in Refit's.
/// </summary>
internal static class RefitSettingsFactory
{
    public static RefitSettings Create() => new(RoboMakerContentSerializer.Instance)
    {
        TransportExceptionFactory = static (_, exception, _) => exception,
    };
}
