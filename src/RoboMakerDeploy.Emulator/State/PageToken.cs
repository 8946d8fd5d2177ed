using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RoboMakerDeploy.Emulator.State;

/// <summary>
/// The opaque <c>nextToken</c> of ListDeploymentJobs: the emulator instance, the sequence number of the last job
/// returned (the next page holds older jobs only, so jobs created meanwhile never shift a listing) and a digest of
/// the filters (a token only continues the listing it came from).
/// </summary>
internal static class PageToken
{
    private const string Version = "v1";

    public static string Create(string instance, long afterSequence, string filterKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('|', Version, instance, afterSequence.ToString(CultureInfo.InvariantCulture), filterKey)));

    public static bool TryRead(string token, string instance, string filterKey, out long afterSequence)
    {
        afterSequence = 0;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        return parts.Length == 4
            && parts[0] == Version
            && parts[1] == instance
            && parts[3] == filterKey
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out afterSequence);
    }
}
