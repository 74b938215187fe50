namespace CaseLibrary.Search;

/// <summary>
/// lunr.stemmer ("stemmer"): the Porter (1980) algorithm with lunr's reading of it.
/// Letter classes: a, e, i, o, u are vowels; y is a vowel after a consonant and a consonant
/// after a vowel; every other character (digits, letters outside ASCII, a capital Y) is a
/// consonant. A word-initial y is treated as capital Y throughout. Words shorter than three
/// characters stay as they are. Where a step lists several suffixes, the longest one that
/// leaves at least one character wins, and if its condition fails the step does nothing.
/// </summary>
internal sealed class PorterStemmer : IPipelineStep
{
    private static readonly (string Suffix, string Replacement)[] Step2 =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
        ("izer", "ize"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
        ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"),
        ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3 =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step4 =
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
        ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""),
        ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""),
    ];

    public string Label => "stemmer";

    public void Run(IReadOnlyList<string> tokens, List<string> output)
    {
        foreach (string token in tokens) output.Add(Stem(token));
    }

    public static string Stem(string word)
    {
        if (word.Length < 3) return word;
        bool initialY = word[0] == 'y';
        string w = initialY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        // Step 1c: y → i after a consonant (any non-aeiou character) that is not the first letter.
        if (w.Length >= 3 && w[^1] == 'y' && !PorterLetters.IsAeiou(w[^2])) w = w[..^1] + "i";
        w = ReplaceSuffix(w, Step2, stem => PorterLetters.Measure(stem) > 0);
        w = ReplaceSuffix(w, Step3, stem => PorterLetters.Measure(stem) > 0);
        w = Step4Remove(w);
        w = Step5(w);

        return initialY ? "y" + w[1..] : w;
    }

    private static string Step1a(string w)
    {
        if ((w.EndsWith("sses", StringComparison.Ordinal) && w.Length >= 5)
            || (w.EndsWith("ies", StringComparison.Ordinal) && w.Length >= 4))
        {
            return w[..^2];
        }
        if (w.Length >= 3 && w[^1] == 's' && w[^2] != 's') return w[..^1];
        return w;
    }

    private static string Step1b(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal) && w.Length >= 4)
        {
            return PorterLetters.Measure(w[..^3]) > 0 ? w[..^1] : w;
        }
        int suffix = w.EndsWith("ed", StringComparison.Ordinal) && w.Length >= 3 ? 2
            : w.EndsWith("ing", StringComparison.Ordinal) && w.Length >= 4 ? 3
            : 0;
        if (suffix == 0) return w;
        string stem = w[..^suffix];
        if (!PorterLetters.ContainsVowel(stem)) return w;
        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }
        if (stem.Length >= 2 && stem[^1] == stem[^2] && !"aeiouylsz".Contains(stem[^1])) return stem[..^1];
        if (PorterLetters.IsShortCvc(stem)) return stem + "e";
        return stem;
    }

    private static string Step4Remove(string w)
    {
        string? suffix = LongestSuffix(w, Step4);
        if (suffix is not null)
        {
            string stem = w[..^suffix.Length];
            return PorterLetters.Measure(stem) > 1 ? stem : w;
        }
        if (w.Length >= 5 && (w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal)))
        {
            string stem = w[..^3];
            return PorterLetters.Measure(stem) > 1 ? stem : w;
        }
        return w;
    }

    private static string Step5(string w)
    {
        if (w.Length >= 2 && w[^1] == 'e')
        {
            string stem = w[..^1];
            int m = PorterLetters.Measure(stem);
            if (m > 1 || (m == 1 && !PorterLetters.IsShortCvc(stem))) w = stem;
        }
        // lunr measures the whole word here, double l included.
        if (w.EndsWith("ll", StringComparison.Ordinal) && PorterLetters.Measure(w) > 1) w = w[..^1];
        return w;
    }

    private static string ReplaceSuffix(string w, (string Suffix, string Replacement)[] rules, Func<string, bool> condition)
    {
        string? suffix = LongestSuffix(w, rules);
        if (suffix is null) return w;
        string stem = w[..^suffix.Length];
        if (!condition(stem)) return w;
        foreach (var rule in rules)
        {
            if (rule.Suffix == suffix) return stem + rule.Replacement;
        }
        return w;
    }

    private static string? LongestSuffix(string w, (string Suffix, string Replacement)[] rules)
    {
        string? best = null;
        foreach (var rule in rules)
        {
            if (rule.Suffix.Length < w.Length && w.EndsWith(rule.Suffix, StringComparison.Ordinal)
                && (best is null || rule.Suffix.Length > best.Length))
            {
                best = rule.Suffix;
            }
        }
        return best;
    }
}
