namespace CaseLibrary.Tests.Citations;

/// <summary>Reads a percent-encoded <c>data:</c> URL as a browser does when it saves the download (RFC 2397), independently of the generator's writer.</summary>
public static class DataUrl
{
    public static (string MediaType, string Text) Read(string href)
    {
        Assert.StartsWith("data:", href);
        var comma = href.IndexOf(',');
        Assert.True(comma > 0, "a data: URL without a comma");
        var header = href[5..comma].Split(';');
        Assert.DoesNotContain("base64", header);
        Assert.Contains("charset=utf-8", header);
        var data = href[(comma + 1)..];
        Assert.DoesNotContain(data, c => c is ' ' or '\n' or '\r' or '"' or '<' or '>' or '#' or '{' or '}' || c > 127);
        return (header[0], Uri.UnescapeDataString(data));
    }
}
