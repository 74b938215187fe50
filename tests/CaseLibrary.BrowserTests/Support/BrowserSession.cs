using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>One browser context with one page; disposing closes the context.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>Navigates to a site path and fails the test unless the response is 200.</summary>
    public async Task<IResponse> VisitAsync(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}");
        Assert.True(response.Status == 200, $"GET {path} answered {response.Status}, expected 200");
        return response;
    }

    /// <summary>The path of the current URL, e.g. /it/cases/x/.</summary>
    public string CurrentPath => new Uri(Page.Url).AbsolutePath;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
