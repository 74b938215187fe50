namespace CaseLibrary.BrowserTests.Support;

/// <summary>All browser tests run in one collection, so they share one site, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Real site in Chromium";
}
