namespace CaseLibrary.Diagnostics;

/// <summary>
/// "Did you mean" hints: the closest candidate by edit distance, when it is close enough. One hint costs
/// O(candidates × allowed distance × length) at most: candidates whose length alone puts them too far are skipped, and
/// a distance computation stops as soon as it exceeds the best distance found so far.
/// </summary>
public static class Suggestions
{
    public static string Hint(string actual, IEnumerable<string> candidates)
    {
        var best = Closest(actual, candidates);
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    /// <summary>The closest candidate (ties go to the ordinally first), or null when none is within the allowed distance.</summary>
    public static string? Closest(string actual, IEnumerable<string> candidates)
    {
        var target = actual.ToLowerInvariant();
        var allowed = actual.Length <= 3 ? 1 : Math.Max(2, actual.Length / 3);
        string? best = null;
        var bestDistance = allowed;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - target.Length) > bestDistance) continue;
            var distance = Distance(target, candidate.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance || (distance == bestDistance && (best is null || string.CompareOrdinal(candidate, best) < 0)))
            {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>The Levenshtein distance of a and b, or <paramref name="limit"/> + 1 as soon as it must exceed the limit.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            // Values in later rows never fall below this row's minimum.
            if (rowMinimum > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
