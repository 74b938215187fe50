namespace CaseLibrary.Tests.Support;

/// <summary>
/// Golden files: compares produced output with the expected files in the source tree. Set
/// <c>CASELIB_UPDATE_GOLDEN=1</c> to rewrite them instead; review the diff like code.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("CASELIB_UPDATE_GOLDEN") == "1";

    /// <param name="excluded">Files left out of the golden copy, e.g. published third-party code that must not be vendored.</param>
    public static void AssertFolder(string expectedFolder, string actualFolder, Func<string, bool>? excluded = null)
    {
        var actual = Files(actualFolder).Where(f => excluded is null || !excluded(f)).ToList();
        if (Updating)
        {
            if (Directory.Exists(expectedFolder)) Directory.Delete(expectedFolder, recursive: true);
            foreach (var file in actual)
            {
                var target = Path.Combine(expectedFolder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(actualFolder, file), target);
            }
            return;
        }
        Assert.True(Directory.Exists(expectedFolder), $"no golden files at {expectedFolder}; run the tests once with CASELIB_UPDATE_GOLDEN=1");
        var expected = Files(expectedFolder);
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            var want = File.ReadAllBytes(Path.Combine(expectedFolder, file));
            var got = File.ReadAllBytes(Path.Combine(actualFolder, file));
            if (file.EndsWith(".gz", StringComparison.Ordinal))
            {
                // Stored compressed (the search files): compared by what they hold, so that another zlib's bytes for the
                // same text pass and a difference is shown as text. Two builds' bytes are compared by Two_builds_are_byte_identical.
                want = Gzip.Unpacked(want);
                got = Gzip.Unpacked(got);
            }
            if (want.AsSpan().SequenceEqual(got)) continue;
            Assert.Fail($"{file} differs from its golden file:\n{FirstDifference(System.Text.Encoding.UTF8.GetString(want), System.Text.Encoding.UTF8.GetString(got))}");
        }
    }

    public static void AssertText(string expectedFile, string actual)
    {
        if (Updating)
        {
            File.WriteAllText(expectedFile, actual);
            return;
        }
        Assert.True(File.Exists(expectedFile), $"no golden file {expectedFile}; run the tests once with CASELIB_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(expectedFile).ReplaceLineEndings("\n");
        if (expected != actual) Assert.Fail($"{expectedFile} differs:\n{FirstDifference(expected, actual)}");
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<end of file>";
            var y = i < b.Length ? b[i] : "<end of file>";
            if (x != y) return $"line {i + 1}\n  expected: {x}\n  actual:   {y}";
        }
        return "(same lines, different bytes)";
    }
}
