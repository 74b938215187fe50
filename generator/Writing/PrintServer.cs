using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLibrary.Writing;

/// <summary>
/// The only origin Chromium may load from while printing: Kestrel on 127.0.0.1 (a port the system chooses), serving
/// the files of the staging folder under the site's base path and the print pages from memory, and nothing else.
/// Why: a page printed from a file:// address could load any local file into the PDF (a theme arrives by pull
/// request too); from an http page Chromium refuses file:// subresources. Chromium is also told to send every
/// other request to this server as its proxy, which refuses any request not addressed to its own origin, so no
/// other host, address or loopback port is reached either.
/// </summary>
public sealed class PrintServer : IDisposable
{
    /// <summary>Sent with every answer, in force together with the page's own policy: this origin only, no scripts.</summary>
    public const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
        + "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    private static readonly FileExtensionContentTypeProvider Types = new();
    private readonly WebApplication _app;
    private readonly string _root;
    private readonly string _basePath;
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    /// <summary>Starts serving <paramref name="stagingRoot"/> at <paramref name="basePath"/> (which starts and ends with '/').</summary>
    public PrintServer(string stagingRoot, string basePath)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(stagingRoot));
        _basePath = basePath;
        // No configuration sources at all: nothing in a file or the environment can add an endpoint.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(Handle);
        try
        {
            _app.StartAsync().GetAwaiter().GetResult();
            var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            Origin = $"127.0.0.1:{new Uri(addresses.Single()).Port}";
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary><c>127.0.0.1:port</c>.</summary>
    public string Origin { get; } = "";

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/> (relative to the site, '/' separated) and returns its URL.</summary>
    public string Add(string path, string html)
    {
        _pages[path] = System.Text.Encoding.UTF8.GetBytes(html);
        return $"http://{Origin}{_basePath}{path}";
    }

    public void Remove(string path) => _pages.TryRemove(path, out _);

    private async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        // As the proxy of the printing browser this server also receives requests for other hosts (their Host
        // header names them) and CONNECT requests for https: none of them is forwarded.
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || request.Host.Value != Origin)
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (File(request.Path.Value ?? "") is not { } bytes || !Types.TryGetContentType(Name(request.Path.Value!), out var type))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method)) await response.Body.WriteAsync(bytes);
    }

    private static string Name(string path) => path.EndsWith('/') ? "index.html" : path;

    /// <summary>A print page, or a regular file of the staging folder; never a hidden name, a link, or anything outside.</summary>
    private byte[]? File(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return null;
        var relative = path[_basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (_pages.TryGetValue(relative, out var page)) return page;
        var parts = relative.Split('/');
        if (parts.Any(part => part.Length == 0 || part.StartsWith('.') || part.Contains('\\'))) return null;
        var full = Path.GetFullPath(Path.Combine([_root, .. parts]));
        if (!RealPath.IsWithin(full, _root) || RealPath.FirstLink(full) is not null) return null;
        var info = new FileInfo(full);
        return info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) ? System.IO.File.ReadAllBytes(full) : null;
    }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
    }
}
