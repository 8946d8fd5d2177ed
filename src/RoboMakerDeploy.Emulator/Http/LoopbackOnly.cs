using System.Net;
using Microsoft.AspNetCore.Http;

namespace RoboMakerDeploy.Emulator.Http;

/// <summary>
/// The one guard of everything under <c>/_emulator</c>: the dashboard, its read API and the control endpoints
/// (health, faults, s3, save). They are unsigned, so they answer only callers on this machine, whatever address the
/// server binds or forwards from, and only under a loopback host name with no foreign <c>Origin</c> (so a web page of
/// another site open in the user's browser cannot drive them); anyone else gets 403 <c>AccessDeniedException</c>
/// before the request is read.
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
        // A loopback caller can still be a browser running another site's page: a cross-site form or fetch carries that
        // site's Origin, and a DNS-rebinding page reaches 127.0.0.1 under its own host name. Only loopback names pass.
        var origin = context.Request.Headers.Origin.ToString();
        if (!IsLoopbackHost(context.Request.Host.Host) || (origin.Length > 0 && !IsLoopbackOrigin(origin)))
        {
            throw new ServiceError(HttpStatusCode.Forbidden, "AccessDeniedException", "The emulator's dashboard, read API and control endpoints answer only pages of the emulator itself (Host and Origin must be localhost or a loopback address).", ServiceError.CoralNamespace);
        }
    }

    /// <summary>Whether <paramref name="host"/> (a Host header's host, without port) names this machine: localhost, a loopback address, or empty (HTTP/1.0, tests).</summary>
    public static bool IsLoopbackHost(string host)
    {
        if (host.Length == 0 || host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsLoopback(address);
    }

    private static bool IsLoopbackOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && IsLoopbackHost(uri.Host);
}
