using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseLibrary.Build;
using CaseLibrary.Serve;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Serve;

/// <summary>
/// Who serve answers and where it sends them: only requests addressed to a loopback name on its own port (a page
/// from another site that rebinds its DNS name to 127.0.0.1 is refused), and redirects never leave the preview.
/// Requests are written byte for byte on a socket, because HttpClient would normalise the very paths under test.
/// </summary>
public sealed class ServeAccessTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private DevServer _server = null!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(RepoPaths.Fixture("tiny") + "/cases", RepoPaths.Theme, "", DisplayRoot: _temp.Path) { SearchPath = TestPrograms.SearchPath };
        _server = await DevServer.StartAsync(options, 0, TextWriter.Null);
    }

    private async Task<(int Status, string? Location)> Get(string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        var hostLine = host is null ? "" : $"Host: {host}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\n{hostLine}Connection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        string? location = null;
        for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
            if (line.StartsWith("Location:", StringComparison.OrdinalIgnoreCase)) location = line["Location:".Length..].Trim();
        return (int.Parse(statusLine.Split(' ')[1]), location);
    }

    private string Own => $"127.0.0.1:{_server.Port}";

    [Fact]
    public async Task Loopback_names_on_the_own_port_are_answered()
    {
        foreach (var host in new[] { $"127.0.0.1:{_server.Port}", $"localhost:{_server.Port}", $"LocalHost:{_server.Port}", $"[::1]:{_server.Port}" })
            Assert.True((await Get("/en/", host)).Status == 200, $"Host: {host} was not answered");
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:{port}")]
    [InlineData("localhost.attacker.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("127.0.0.2:{port}")]
    [InlineData("0.0.0.0:{port}")]
    [InlineData("localhost:{other}")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("")]
    public async Task Any_other_host_name_or_port_is_refused(string host)
    {
        var value = host.Replace("{port}", _server.Port.ToString()).Replace("{other}", (_server.Port == 1 ? 2 : _server.Port - 1).ToString());
        foreach (var path in new[] { "/en/", "/__caselib/state", "/__caselib/events", DevServer.LiveScriptPath, "/en" })
            Assert.Equal(421, (await Get(path, value)).Status);
    }

    [Fact]
    public async Task A_request_without_a_host_header_is_refused()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /en/ HTTP/1.0\r\n\r\n"));
        var status = (await new StreamReader(stream, Encoding.ASCII).ReadLineAsync())!.Split(' ')[1];
        Assert.NotEqual("200", status);
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_to_itself()
    {
        Assert.Equal((302, "/en/"), await Get("/en", Own));
        Assert.Equal((302, "/en/cases/alpha-case/?x=1"), await Get("/en/cases/alpha-case?x=1", Own));
    }

    [Theory]
    [InlineData("//en")]
    [InlineData("///en")]
    [InlineData("//en?x=1")]
    [InlineData("//en/cases/alpha-case")]
    [InlineData("//assets")]
    [InlineData("/\\en")]
    [InlineData("/\\\\en")]
    [InlineData("//\\en")]
    [InlineData("/%2Fen")]
    [InlineData("/%5Cen")]
    [InlineData("/.//en")]
    [InlineData("//127.0.0.1/en")]
    [InlineData("http://en/en")]
    public async Task No_answer_redirects_to_another_host(string target)
    {
        var (status, location) = await Get(target, Own);
        Assert.NotEqual(500, status);
        if (location is null) return;
        var resolved = new Uri(new Uri($"http://{Own}/"), location);
        Assert.True(resolved.Authority == Own && location.StartsWith('/') && location.Length > 1 && location[1] is not ('/' or '\\'),
            $"GET {target} answered {status} Location: {location} (goes to {resolved})");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }
}
