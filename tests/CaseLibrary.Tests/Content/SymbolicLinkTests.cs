using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Content;

/// <summary>
/// F2, F13: a symbolic link anywhere under cases/ or theme/ (file or folder, any depth, in dot-folders, chains, loops,
/// dangling, pointing inside or outside) is refused with an error naming the link, and nothing behind it is read.
/// </summary>
public sealed class SymbolicLinkTests
{
    private const string Secret = "SECRET-OUTSIDE-THE-SOURCES";

    // (link path under the temp folder, target: "@x" is temp/x, anything else is written into the link as is, link to a folder)
    public static TheoryData<string, string, bool> Links => new()
    {
        { "cases/good-case/it.md", "@outside/secret.md", false },                 // a file link out of the library
        { "cases/good-case/notes.pdf", "@outside/secret.pdf", false },            // an asset link out
        { "cases/linked-case", "@outside", true },                                // a case folder link
        { "cases/good-case/.x", "/", true },                                      // the dot-folder pivot of F2
        { "cases/.schema/root", "/", true },                                      // a link in a top-level dot-folder
        { "cases/.hidden", "@outside", true },                                    // a top-level dot link
        { "cases/library.yaml", "@outside/secret.md", false },                    // a data file link
        { "cases/good-case/chain.pdf", "chain2.pdf", false },                     // a chain (chain2.pdf -> photo.pdf)
        { "cases/good-case/inside.pdf", "photo.pdf", false },                     // a link to a file inside is refused too
        { "cases/good-case/dangling.pdf", "no-such-file.pdf", false },            // a dangling link
        { "theme/assets/vendor2", "@outside", true },                             // a folder link in the theme (F2)
        { "theme/assets/js/deep/deeper/x.js", "@outside/secret.js", false },      // at depth
        { "theme/layouts/partials/footer2.html", "@outside/secret.html", false }, // a template link
        { "theme/i18n/xx.yaml", "@outside/secret.yaml", false },
        { "theme/.git-like/config", "@outside/secret.md", false },                // a dot-folder of the theme
        { "theme/README.md", "@outside/secret.md", false },                       // a file the build never reads
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_link_is_refused_by_build_and_check_naming_the_link_and_its_target_is_never_read(string link, string target, bool folder)
    {
        using var temp = new TempFolder();
        var cases = Library(temp);
        var theme = ThemeCopy.Write(temp);
        var full = temp[link];
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (File.Exists(full)) File.Delete(full);
        File.CreateSymbolicLink(temp["cases/good-case/chain2.pdf"], "photo.pdf");
        var resolved = target.StartsWith('@') ? temp[target[1..]] : target;
        if (folder) Directory.CreateSymbolicLink(full, resolved);
        else File.CreateSymbolicLink(full, resolved);

        foreach (var command in new[] { "check", "build" })
        {
            var outcome = Caselib.Run(temp.Path, command, "--source", cases, "--theme", theme, "--out", temp["public"]);

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains($"{link}(1,1): error CL0203: this is a symbolic link", outcome.Stderr);
            Assert.Contains("cases/good-case/chain2.pdf(1,1): error CL0203:", outcome.Stderr);
            Assert.DoesNotContain(Secret, outcome.Stdout + outcome.Stderr);
            Assert.DoesNotContain(temp.Path, outcome.Stderr);
            Assert.False(Directory.Exists(temp["public"]));
        }
    }

    [Fact]
    public void Folder_link_loops_in_the_theme_and_the_cases_end_at_once()
    {
        using var temp = new TempFolder();
        var cases = Library(temp);
        var theme = ThemeCopy.Write(temp);
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            Directory.CreateSymbolicLink(Path.Combine(theme, "assets", name), ".");
            Directory.CreateSymbolicLink(Path.Combine(theme, "layouts", name), "..");
            Directory.CreateSymbolicLink(Path.Combine(cases, ".schema-" + name), ".");
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(12, outcome.DiagnosticLines.Count(l => l.Contains("error CL0203")));
    }

    [Theory]
    [InlineData("cases")]
    [InlineData("theme")]
    public void A_content_or_theme_folder_that_is_itself_a_link_is_refused(string which)
    {
        using var temp = new TempFolder();
        Library(temp);
        ThemeCopy.Write(temp);
        Directory.Move(temp[which], temp["real-" + which]);
        Directory.CreateSymbolicLink(temp[which], temp["real-" + which]);

        var outcome = Caselib.Run(temp.Path, "check", "--source", temp["cases"], "--theme", temp["theme"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"{which}(1,1): error CL0203:", outcome.Stderr);
    }

    [Fact]
    public void The_proof_of_concept_of_the_review_publishes_nothing_from_outside()
    {
        using var temp = new TempFolder();
        var cases = Library(temp);
        var theme = ThemeCopy.Write(temp);
        Directory.CreateSymbolicLink(temp["cases/good-case/.x"], "/");
        File.CreateSymbolicLink(temp["cases/good-case/hostname.pdf"], ".x/etc/hostname");
        File.CreateSymbolicLink(temp["cases/good-case/env.pdf"], ".x/proc/self/environ");

        var outcome = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", theme, "--out", temp["public"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(
            [
                "cases/good-case/.x(1,1): error CL0203: this is a symbolic link, and links are never followed in the content and theme folders: replace it with the real file or folder",
                "cases/good-case/env.pdf(1,1): error CL0203: this is a symbolic link, and links are never followed in the content and theme folders: replace it with the real file or folder",
                "cases/good-case/hostname.pdf(1,1): error CL0203: this is a symbolic link, and links are never followed in the content and theme folders: replace it with the real file or folder",
            ],
            outcome.DiagnosticLines.Select(l => l.Replace(temp.Path + "/", "")));
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Serve_reloading_an_edited_case_refuses_a_file_or_folder_link_swapped_in(bool folder)
    {
        using var temp = new TempFolder();
        var cases = Library(temp);
        var diagnostics = new DiagnosticBag();
        var first = new ContentLoader(new SourceReader(temp.Path, diagnostics), diagnostics).Load(cases);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        if (folder)
        {
            Directory.Move(temp["cases/good-case"], temp["outside/good-case"]);
            temp.Write("outside/good-case/it.md", MiniLibrary.Case(title: Secret));
            Directory.CreateSymbolicLink(temp["cases/good-case"], temp["outside/good-case"]);
        }
        else
        {
            File.CreateSymbolicLink(temp["cases/good-case/it.md"], temp["outside/secret.md"]);
        }

        var again = new DiagnosticBag();
        var reloaded = new ContentLoader(new SourceReader(temp.Path, again), again).Reload(first, cases, new HashSet<string>(["good-case"]));

        var expected = folder ? "cases/good-case" : "cases/good-case/it.md";
        Assert.Equal($"{expected}(1,1): error CL0203: this is a symbolic link, and links are never followed in the content and theme folders: replace it with the real file or folder",
            Assert.Single(again.Sorted()).ToString());
        Assert.DoesNotContain(reloaded.Cases.SelectMany(c => c.Versions), v => v.File.Text.Contains(Secret));
    }

    private static string Library(TempFolder temp)
    {
        var cases = MiniLibrary.Write(temp, ("good-case/en.md", MiniLibrary.Case()));
        temp.WriteBytes("cases/good-case/photo.pdf", "%PDF-1.4 inside"u8.ToArray());
        Directory.CreateDirectory(temp["cases/.schema"]);
        foreach (var name in new[] { "secret.md", "secret.pdf", "secret.js", "secret.html", "secret.yaml" })
            temp.Write("outside/" + name, name.EndsWith(".md") ? MiniLibrary.Case(title: Secret) : Secret);
        return cases;
    }
}
