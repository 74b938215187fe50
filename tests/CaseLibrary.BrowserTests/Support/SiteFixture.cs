using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>
/// Shared by every test of the <see cref="BrowserCollection"/>: the sample site (tests/fixtures/sample) built once, served once on
/// loopback, and one Chromium for the whole collection. Each test opens its own browser context.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BuiltSite Site { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = BuiltSite.Build();
        Server = await StaticSiteServer.StartAsync(Site.Folder);
        if (!BrowserEnvironment.ChromiumInstalled) return; // tests skip, or fail with a clear message under CI=true

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArgs,
            Timeout = 30_000,
        });
    }

    public Uri Url(string path) => Server.Url(path);

    /// <summary>A fresh, isolated context (cookies, viewport, colour scheme) on the shared browser.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        if (_browser is null)
            throw new InvalidOperationException(BrowserEnvironment.IsCi
                ? BrowserEnvironment.MissingInCiMessage
                : $"No browser: Chromium not found at {BrowserEnvironment.ChromiumPath}.");
        options ??= new BrowserNewContextOptions();
        options.BaseURL ??= Server.BaseUri.ToString();
        return _browser.NewContextAsync(options);
    }

    /// <summary>A page in a fresh context; disposing the session closes the context.</summary>
    public async Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await NewContextAsync(options);
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Site?.Dispose();
    }
}
