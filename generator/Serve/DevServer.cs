using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CaseLibrary.Build;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseLibrary.Serve;

/// <summary>
/// <c>caselib serve</c>: Kestrel on 127.0.0.1 serving the <see cref="LiveSite"/> from memory. HTML pages get one
/// script, <c>/__caselib/live.js</c> (same origin, so the site's Content-Security-Policy allows it), which listens
/// on <c>/__caselib/events</c> (server-sent events): it reloads the page when a new build is published and shows the
/// problems of a failed build over the page. <c>/__caselib/state</c> gives the same state as JSON.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const string LiveScriptPath = "/__caselib/live.js";
    private static readonly byte[] LiveScript = Encoding.UTF8.GetBytes(LiveScriptSource.Text);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly LiveSite _site;
    private readonly SiteWatcher _watcher;
    private readonly WebApplication _app;

    private DevServer(LiveSite site, SiteWatcher watcher, WebApplication app)
    {
        _site = site;
        _watcher = watcher;
        _app = app;
    }

    public string Url { get; private init; } = "";

    /// <summary>Builds the site, starts watching and serving; the returned server runs until disposed.</summary>
    public static async Task<DevServer> StartAsync(BuildOptions options, int port, TextWriter log)
    {
        var url = $"http://127.0.0.1:{port}/";
        var site = new LiveSite(options with { BaseUrl = url }, log);
        site.Start();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url.TrimEnd('/'));
        var app = builder.Build();
        app.Run(context => Handle(context, site));
        await app.StartAsync();
        var watcher = new SiteWatcher([options.Source, options.Theme], site.Changed);
        return new DevServer(site, watcher, app) { Url = url };
    }

    private static async Task Handle(HttpContext context, LiveSite site)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
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
                response.Redirect(path + "/" + context.Request.QueryString);
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
        _ => "application/octet-stream",
    };

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _site.Dispose();
    }
}
