using System.Diagnostics;
using CaseLibrary.Diagnostics;
using CaseLibrary.Tests.Support;

namespace CaseLibrary.Tests.Diagnostics;

/// <summary>"Did you mean" hints are the closest candidate as before, and cost little even for thousands of unknown ids (review F11).</summary>
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("ann-smth", "ann-smith")]
    [InlineData("ANN-SMITH", "ann-smith")]
    [InlineData("bob", "bob")]
    [InlineData("bo", "bob")]
    [InlineData("zzzzzzzz", null)]
    [InlineData("", null)]
    public void The_closest_candidate_within_the_allowed_distance_is_suggested(string actual, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(actual, ["carla-rossi", "ann-smith", "bob", "bobby-tables"]));

    [Fact]
    public void Ties_go_to_the_ordinally_first_candidate_whatever_the_order_given() =>
        Assert.Equal("abcx", Suggestions.Closest("abcd", ["abcy", "abcz", "abcx"]));

    [Fact]
    public void Suggestions_equal_a_plain_full_search_on_many_ids_and_typos()
    {
        var random = new Random(11);
        string Id(int length) => new(Enumerable.Range(0, length).Select(_ => "abcde-"[random.Next(6)]).ToArray());
        var known = Enumerable.Range(0, 400).Select(_ => Id(random.Next(1, 14))).Distinct().ToList();
        for (var i = 0; i < 2000; i++)
        {
            var actual = random.Next(3) == 0 ? Id(random.Next(0, 16)) : Mutate(known[random.Next(known.Count)], random);
            Assert.Equal(FullSearch(actual, known), Suggestions.Closest(actual, known));
        }
    }

    [Fact]
    public void Four_thousand_unknown_author_ids_against_four_thousand_authors_are_checked_in_seconds()
    {
        using var temp = new TempFolder();
        var authors = string.Concat(Enumerable.Range(0, 4000).Select(i => $"author-{i:D5}-x:\n  name: Author {i}\n"));
        var unknown = string.Join(", ", Enumerable.Range(0, 4000).Select(i => $"author-{i:D5}-y"));
        var cases = MiniLibrary.Write(temp, ("many/en.md", MiniLibrary.Case().Replace("authors: [ann-smith]", $"authors: [{unknown}]")));
        temp.Write("cases/authors.yaml", MiniLibrary.AuthorsYaml + "\n" + authors);

        var clock = Stopwatch.StartNew();
        var outcome = Caselib.Check(cases, temp.Path);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error CL0133: unknown author 'author-00000-y': it is not in authors.yaml (did you mean 'author-00000-x'?)", outcome.Stderr);
    }

    private static string Mutate(string id, Random random)
    {
        var chars = id.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0: chars.Insert(at, "xyz"[random.Next(3)]); break;
                case 1 when at < chars.Count: chars.RemoveAt(at); break;
                default: if (at < chars.Count) chars[at] = char.ToUpperInvariant(chars[at]); break;
            }
        }
        return new string(chars.ToArray());
    }

    // The plain algorithm: full Levenshtein against every candidate in ordinal order, keep the first minimum.
    private static string? FullSearch(string actual, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var a = actual.ToLowerInvariant();
            var b = candidate.ToLowerInvariant();
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
                for (var j = 1; j <= b.Length; j++)
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (d[a.Length, b.Length] < bestDistance) { bestDistance = d[a.Length, b.Length]; best = candidate; }
        }
        var allowed = actual.Length <= 3 ? 1 : Math.Max(2, actual.Length / 3);
        return bestDistance <= allowed ? best : null;
    }
}
