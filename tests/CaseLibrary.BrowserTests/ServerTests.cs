using System.Net;
using CaseLibrary.BrowserTests.Support;

namespace CaseLibrary.BrowserTests;

/// <summary>The test server behaves like a static host (no browser needed).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServerTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/en/", "text/html")]
    [InlineData("/en/feed.xml", "application/xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Serves_files_and_folder_indexes_with_their_content_types(string path, string contentType)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(fixture.Url(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Serves_the_stylesheet_as_css_and_redirects_folders_without_a_slash()
    {
        var css = Directory.GetFiles(Path.Combine(fixture.Site.Folder, "assets"), "*.css", SearchOption.AllDirectories).Single();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var style = await client.GetAsync(fixture.Url(Path.GetRelativePath(fixture.Site.Folder, css).Replace('\\', '/')));
        using var folder = await client.GetAsync(fixture.Url("/en"));
        using var missing = await client.GetAsync(fixture.Url("/nope.png"));

        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/en/", folder.Headers.Location?.ToString().Replace(fixture.Server.BaseUri.GetLeftPart(UriPartial.Authority), ""));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("page-404", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
