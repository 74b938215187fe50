using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CaseLibrary.Build;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseLibrary.Serve;

/// <summary>
/// <c>caselib serve</c>: Kestrel on 127.0.0.1 only (whatever configuration files or environment variables say),
/// answering only requests addressed to a loopback name, serving the <see cref="LiveSite"/> from memory. HTML pages get one
/// script, <c>/__caselib/live.js</c> (same origin, so the site's Content-Security-Policy allows it), which listens
/// on <c>/__caselib/events</c> (server-sent events): it reloads the page when a new build is published and shows the
/// problems of a failed build over the page. <c>/__caselib/state</c> gives the same state as JSON.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const string LiveScriptPath = "/__caselib/live.js";
    private static readonly byte[] LiveScript = Encoding.UTF8.GetBytes(LiveScriptSource.Text);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplication _app;
    private LiveSite? _site;
    private SiteWatcher? _watcher;

    private DevServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>The port Kestrel listens on (the one the system chose when 0 was asked for).</summary>
    public int Port { get; private set; }

    /// <summary>Cancelled when the host stops by itself (SIGTERM reaches it through the host's console lifetime).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>
    /// Listens on 127.0.0.1 only, then builds the site, starts watching and serving; the returned server runs until
    /// disposed. Port 0 asks the system for a free port (see <see cref="Port"/>).
    /// </summary>
    public static async Task<DevServer> StartAsync(BuildOptions options, int port, TextWriter log)
    {
        var server = new DevServer(CreateHost(port));
        server._app.Run(server.Handle);
        try
        {
            await server._app.StartAsync();
            server.Port = BoundPort(server._app);
            server.Url = $"http://127.0.0.1:{server.Port}/";
            var site = new LiveSite(options with { BaseUrl = server.Url }, log);
            // Watching starts before the first build: an edit saved while it runs, or the moment it is served, is
            // rebuilt after it. (Watching after it lost such edits: a 4,000-case library has 4,000 folders to watch,
            // and an edit saved as soon as the first build was served went unnoticed.)
            server._watcher = new SiteWatcher([options.Source, options.Theme], site.Changed);
            site.Start();
            server._site = site;
            return server;
        }
        catch
        {
            await server.DisposeAsync(); // the port is released whatever failed
            throw;
        }
    }

    /// <summary>
    /// A host with no configuration sources at all (no appsettings*.json in the working folder, no ASPNETCORE_*,
    /// DOTNET_* or other environment variables, no command-line arguments) and Kestrel set up in code: nothing a
    /// file or the environment says can add an endpoint, so the preview is reachable from this machine only.
    /// </summary>
    private static WebApplication CreateHost(int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        return builder.Build();
    }

    private static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single()).Port;
    }

    private async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!LoopbackHost.Allows(context.Request.Host, Port))
        {
            // A page on another site can point its own host name at 127.0.0.1 (DNS rebinding); its requests
            // carry that name, so only the loopback names of this port are answered.
            response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("caselib serve answers only requests to 127.0.0.1, localhost or [::1] on its own port.\n");
            return;
        }
        if (_site is not { } site)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        if (path == LiveScriptPath)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.Body.WriteAsync(LiveScript);
            return;
        }
        if (path == "/__caselib/state")
        {
            response.ContentType = "application/json";
            await response.WriteAsync(State(site.Current, site.Busy));
            return;
        }
        if (path == "/__caselib/events")
        {
            await Events(context, site);
            return;
        }

        var snapshot = site.Current;
        if (snapshot.Files.Count == 0)
        {
            response.StatusCode = 503;
            await WriteHtml(response, ProblemPage(snapshot));
            return;
        }
        var file = path.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!snapshot.Files.TryGetValue(file, out var bytes))
        {
            if (snapshot.Files.ContainsKey(file + "/index.html"))
            {
                // Built from the file's name, never from the request path: "//en" must not become "//en/" (another host).
                response.Redirect("/" + file + "/" + context.Request.QueryString);
                return;
            }
            response.StatusCode = 404;
            file = "404.html";
            bytes = snapshot.Files.GetValueOrDefault(file) ?? Encoding.UTF8.GetBytes("<!doctype html><title>Not found</title><p>Not found</p>");
        }
        var type = ContentType(file);
        response.ContentType = type;
        if (type.StartsWith("text/html", StringComparison.Ordinal)) await WriteHtml(response, Encoding.UTF8.GetString(bytes));
        else await response.Body.WriteAsync(bytes);
    }

    /// <summary>Adds the live-reload script at the end of the head.</summary>
    private static Task WriteHtml(HttpResponse response, string html)
    {
        var tag = $"<script src=\"{LiveScriptPath}\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(head >= 0 ? html.Insert(head, tag) : tag + html);
    }

    private static async Task Events(HttpContext context, LiveSite site)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var updates = Channel.CreateUnbounded<SiteSnapshot>();
        void OnPublished(SiteSnapshot snapshot) => updates.Writer.TryWrite(snapshot);
        site.Published += OnPublished;
        try
        {
            var token = context.RequestAborted;
            await Send(response, site.Current, token);
            while (await updates.Reader.WaitToReadAsync(token))
            {
                SiteSnapshot latest = site.Current;
                while (updates.Reader.TryRead(out var snapshot)) latest = snapshot;
                await Send(response, latest, token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            site.Published -= OnPublished;
        }
    }

    private static async Task Send(HttpResponse response, SiteSnapshot snapshot, CancellationToken token)
    {
        await response.WriteAsync($"event: state\ndata: {State(snapshot)}\n\n", token);
        await response.Body.FlushAsync(token);
    }

    private static string State(SiteSnapshot snapshot, bool busy = false) => JsonSerializer.Serialize(new
    {
        version = snapshot.Version,
        busy,
        problems = snapshot.Problems.Select(p => new { severity = p.IsError ? "error" : "warning", text = p.ToString() }),
    }, Json);

    private static string ProblemPage(SiteSnapshot snapshot)
    {
        var items = string.Join("", snapshot.Problems.Where(p => p.IsError).Select(p => "<li>" + System.Net.WebUtility.HtmlEncode(p.ToString()) + "</li>"));
        return $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>caselib serve: the library does not build</title></head>"
            + $"<body><h1>The library does not build yet</h1><ul>{items}</ul><p>Fix the files; this page reloads by itself.</p></body></html>";
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".pdf" => "application/pdf",
        ".bib" => "application/x-bibtex; charset=utf-8",
        ".ris" => "application/x-research-info-systems; charset=utf-8",
        ".gz" => "application/gzip", // the search files stored compressed: the worker unpacks them
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _site?.Dispose();
    }
}
