using Microsoft.AspNetCore.Http;

namespace CaseLibrary.Serve;

/// <summary>
/// Which <c>Host</c> headers the preview answers: the loopback names (127.0.0.1, localhost, [::1]) with the port it
/// listens on. A browser sends the name the page was loaded from, so a page from another site that had its own name
/// resolve to 127.0.0.1 (DNS rebinding) is refused.
/// </summary>
public static class LoopbackHost
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    public static bool Allows(HostString host, int port)
    {
        if (!host.HasValue) return false;
        var name = host.Host;
        if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase)) return false;
        // Browsers leave out the port only when it is the scheme's default.
        return host.Port == port || (host.Port is null && port == 80);
    }
}
