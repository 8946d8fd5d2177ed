using System.Net;
using Microsoft.AspNetCore.Http;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The one guard of everything under <c>/_emulator</c>: the dashboard, its read API and the control endpoints
/// (health, faults, s3, save). They are unsigned, so they answer only callers on this machine, whatever address the
/// server binds or forwards from; anyone else gets 403 <c>AccessDeniedException</c> before the request is read.
/// </summary>
internal static class LoopbackOnly
{
    /// <summary>Whether the caller is on this machine (127.0.0.0/8 or ::1, IPv4-mapped included); unknown is not.</summary>
    public static bool IsLoopback(IPAddress? remote) =>
        remote is not null && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    /// <summary>Refuses a caller that is not on the loopback interface.</summary>
    /// <exception cref="ServiceError">403 <c>AccessDeniedException</c>.</exception>
    public static void Demand(HttpContext context)
    {
        if (!IsLoopback(context.Connection.RemoteIpAddress))
        {
            throw new ServiceError(HttpStatusCode.Forbidden, "AccessDeniedException", "The emulator's dashboard, read API and control endpoints answer only callers on the loopback interface.", ServiceError.CoralNamespace);
        }
    }
}
