using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Content;

/// <summary>F9 (long ids): ids and published names that would make over-long file names are check errors, never a crash in the write stage.</summary>
public sealed class LongNameTests
{
    [Theory]
    [InlineData(101)]
    [InlineData(150)]
    [InlineData(250)]
    public void A_case_id_over_100_characters_is_a_check_error(int length)
    {
        using var temp = new TempFolder();
        var id = "case-" + new string('a', length - 5);
        var cases = MiniLibrary.Write(temp, ($"{id}/en.md", MiniLibrary.Case()), ("short-case/en.md", MiniLibrary.Case()));

        foreach (var command in new[] { "check", "build" })
        {
            var outcome = Caselib.Run(temp.Path, command, "--source", cases, "--theme", RepoPaths.Theme, "--out", temp["public"]);

            Assert.Equal(1, outcome.ExitCode);
            var line = Assert.Single(outcome.DiagnosticLines);
            Assert.StartsWith($"cases/{id}(1,1): error CL0224: the case id is {length} characters long; the limit is 100", line);
            Assert.DoesNotContain("internal error", outcome.Stderr);
        }
    }

    [Fact]
    public void Ids_and_names_of_100_characters_build_with_every_generated_file()
    {
        using var temp = new TempFolder();
        var id = new string('a', 100);
        var asset = new string('b', 96) + ".pdf";
        var cases = MiniLibrary.Write(temp, ($"{id}/en.md", MiniLibrary.Case(body: $"## Context\n\n[file]({asset})\n")));
        temp.WriteBytes($"cases/{id}/{asset}", "%PDF-1.4"u8.ToArray());

        var outcome = Caselib.Build(cases, temp["public"]);

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        // The citation downloads are data: links on the page, saved under these names (well within 255 bytes).
        var page = File.ReadAllText(temp[$"public/en/cases/{id}/index.html"]);
        foreach (var suffix in new[] { "bib", "ris", "json" })
            Assert.Contains($"download=\"{id}-en.{suffix}\"", page);
        Assert.True(File.Exists(temp[$"public/en/cases/{id}/{asset}"]));
    }

    [Fact]
    public void An_asset_name_over_100_characters_is_a_check_error()
    {
        using var temp = new TempFolder();
        var asset = new string('b', 97) + ".pdf";
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        temp.WriteBytes($"cases/a-case/{asset}", "%PDF-1.4"u8.ToArray());

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal([$"cases/a-case/{asset}(1,1): error CL0225: the file name is 101 characters long; the limit for a published file is 100: choose a shorter name"], outcome.DiagnosticLines);
    }

    [Theory]
    [InlineData("authors.yaml")]
    [InlineData("competences.yaml")]
    public void An_author_or_competence_id_over_100_characters_is_a_check_error(string file)
    {
        using var temp = new TempFolder();
        var id = new string('c', 101);
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var text = File.ReadAllText(temp["cases/" + file]);
        File.WriteAllText(temp["cases/" + file], text.TrimEnd() + "\n" + (file == "authors.yaml"
            ? $"{id}:\n  name: Long Name\n"
            : $"{id}:\n  number: 2\n  name: {{en: Long, it: Lungo}}\n  description: {{en: L., it: L.}}\n"));

        var outcome = Caselib.Check(cases, temp.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(outcome.DiagnosticLines, l => l.Contains($"cases/{file}(") && l.Contains("error CL0224: the ") && l.Contains("id is 101 characters long; the limit is 100"));
    }

    [Fact]
    public void A_theme_asset_name_over_100_characters_is_an_error()
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp, packages: false);
        var name = new string('d', 98) + ".js";
        temp.Write($"theme/assets/js/{name}", "//");

        var outcome = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"theme/assets/js/{name}(1,1): error CL0225:", outcome.Stderr);
    }

    [Theory]
    [InlineData(3, 80)]   // three folders of 80 characters: 244 characters with the file name, published
    [InlineData(4, 80)]   // one folder more: 325 characters, refused
    [InlineData(40, 10)]  // forty short folders: 441 characters, refused
    public void A_theme_asset_path_over_255_characters_is_refused_before_anything_is_written(int depth, int folderLength)
    {
        using var temp = new TempFolder();
        var cases = MiniLibrary.Write(temp, ("a-case/en.md", MiniLibrary.Case()));
        var theme = ThemeCopy.Write(temp);
        var relative = string.Join("/", Enumerable.Repeat(new string('f', folderLength), depth)) + "/deep.css";
        temp.Write("theme/assets/" + relative, "p {}");

        var check = Caselib.Run(temp.Path, "check", "--source", cases, "--theme", theme);
        var build = Caselib.Run(temp.Path, "build", "--source", cases, "--theme", theme, "--out", temp["public"]);

        if (relative.Length <= 255)
        {
            Assert.True(check.ExitCode == 0, check.Stderr);
            Assert.True(build.ExitCode == 0, build.Stderr);
            var folder = temp["public/assets/" + relative[..relative.LastIndexOf('/')]];
            Assert.Single(Directory.GetFiles(folder, "deep.*.css")); // published with its content hash in the name
            return;
        }
        var expected = $"theme/assets/{relative}(1,1): error CL0226: the path of this file below theme/assets is {relative.Length} characters long; the limit for a published path is 255: use fewer or shorter folders";
        Assert.Equal(1, check.ExitCode);
        Assert.Equal([expected], check.DiagnosticLines);
        Assert.Equal(1, build.ExitCode);
        Assert.Equal([expected], build.DiagnosticLines);
        Assert.False(Directory.Exists(temp["public"]));
    }
}
