using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Tests.Support;
using Mono.Unix.Native;

namespace CaseLibrary.Tests.Content;

/// <summary>
/// What is not a plain file is never read: FIFOs, sockets and hard links are refused, dot-named entries in a case folder
/// are reported, the size limit holds on the bytes actually read, and a file swapped between the look and the read is
/// not followed.
/// </summary>
public sealed class SpecialFileTests
{
    [Theory]
    [InlineData("cases/good-case/pipe.pdf")]
    [InlineData("cases/good-case/fr.md")]
    [InlineData("cases/.schema/pipe")]
    [InlineData("theme/assets/pipe.js")]
    [InlineData("theme/layouts/pipe.html")]
    public void A_fifo_is_refused_without_blocking(string path)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("good-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp);
        Directory.CreateDirectory(Path.GetDirectoryName(temp[path])!);
        Assert.Equal(0, Syscall.mkfifo(temp[path], FilePermissions.DEFFILEMODE));

        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{path}(1,1): error CL0220: this is not a regular file or folder", outcome.Stderr);
    }

    [Theory]
    [InlineData("cases/good-case/it.md")]
    [InlineData("cases/good-case/photo.pdf")]
    [InlineData("cases/authors.yaml")]
    [InlineData("theme/assets/css/extra.css")]
    public void A_hard_link_is_refused_and_never_read(string path)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("good-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp);
        var secret = temp.Write("outside/secret", "SECRET-HARD-LINKED");
        if (File.Exists(temp[path])) File.Delete(temp[path]);
        Assert.Equal(0, Syscall.link(secret, temp[path]));

        foreach (var command in new[] { "check", "build" })
        {
            var outcome = Caselib.Run(temp.Path, command, "--source", cases, "--theme", theme, "--out", temp["public"]);

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains($"{path}(1,1): error CL0221: this file is a hard link", outcome.Stderr);
            Assert.DoesNotContain("SECRET", outcome.Stdout + outcome.Stderr);
            Assert.False(Directory.Exists(temp["public"]));
        }
    }

    [Theory]
    [InlineData(".en.md.swp", false)]
    [InlineData(".DS_Store", false)]
    [InlineData(".evil.md", false)]
    [InlineData(".x", true)]
    public void A_dot_named_entry_in_a_case_folder_is_an_error_with_a_hint(string name, bool folder)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("good-case/en.md", MiniLibrary.Case()));
        if (folder) temp.Write($"cases/good-case/{name}/inner.md", "x");
        else temp.Write($"cases/good-case/{name}", "x");

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"cases/good-case/{name}(1,1): error CL0222: '{name}' starts with '.', so it is hidden and would not be published: delete it, or rename it if it belongs to the case"],
            outcome.DiagnosticLines);
    }

    [Fact]
    public void Top_level_dot_folders_stay_allowed()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("good-case/en.md", MiniLibrary.Case()));
        temp.Write("cases/.schema/case.schema.json", "{}");
        temp.Write("cases/.gitkeep", "");

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(outcome.DiagnosticLines);
    }

    [Fact]
    public void The_size_limit_counts_the_bytes_read_not_the_size_the_file_reports()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cases/a.pdf", "small");
        var file = new FileInfo(path);
        Assert.Equal(5, file.Length); // the size as listed, like /proc files that list 0
        File.WriteAllBytes(path, new byte[5000]);
        var diagnostics = new DiagnosticBag();

        var bytes = new SourceReader(temp.Path, diagnostics).ReadBytes(file, 1000);

        Assert.Null(bytes);
        Assert.Equal("cases/a.pdf(1,1): error CL0205: the file is larger than the limit of 1,000 bytes", Assert.Single(diagnostics.Sorted()).ToString());
    }

    [Fact]
    public void A_file_swapped_for_another_or_for_a_link_after_it_was_looked_at_is_not_opened()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cases/a.md", "looked at");
        var secret = temp.Write("outside/secret.md", "SECRET");
        var (kind, device, inode) = FileProbe.Look(path);
        Assert.Equal(FileKind.File, kind);

        File.Move(path, path + ".kept"); // kept, so the new file cannot get its inode
        temp.Write("cases/a.md", "another file");
        Assert.Null(FileProbe.Open(path, device, inode, out var problem));
        Assert.Equal("it changed while it was read", problem);

        File.Delete(path);
        File.CreateSymbolicLink(path, secret);
        Assert.Null(FileProbe.Open(path, device, inode, out problem));
        Assert.Equal("it changed into a symbolic link while it was read", problem);
    }
}
