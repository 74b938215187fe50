namespace CaseLibrary.Search;

/// <summary>The letter classes and measures of lunr's Porter stemmer (see <see cref="PorterStemmer"/>).</summary>
internal static class PorterLetters
{
    public static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Porter's m: the number of vowel-run → consonant-run transitions in [C](VC)^m[V], where y
    /// is a vowel exactly when the character before it is a consonant.
    /// </summary>
    public static int Measure(string s)
    {
        int m = 0;
        bool previousIsVowel = false;
        for (int i = 0; i < s.Length; i++)
        {
            bool vowel = IsVowelAt(s, i, previousIsVowel);
            if (!vowel && previousIsVowel) m++;
            previousIsVowel = vowel;
        }
        return m;
    }

    /// <summary>Whether the stem has a vowel; lunr counts any a, e, i, o, u or y.</summary>
    public static bool ContainsVowel(string s) => s.AsSpan().IndexOfAny("aeiouy") >= 0;

    /// <summary>
    /// Porter's *o for a whole short stem, as lunr tests it: a consonant (not a, e, i, o, u),
    /// then only non-vowels (not a, e, i, o, u, y), one vowel (a, e, i, o, u, y) and a final
    /// consonant that is not w, x or y (nor a, e, i, o, u).
    /// </summary>
    public static bool IsShortCvc(string s)
    {
        int n = s.Length;
        if (n < 3 || IsAeiou(s[0])) return false;
        for (int i = 1; i < n - 2; i++)
        {
            if (IsAeiou(s[i]) || s[i] == 'y') return false;
        }
        char v = s[n - 2], last = s[n - 1];
        return (IsAeiou(v) || v == 'y') && !IsAeiou(last) && last is not ('w' or 'x' or 'y');
    }

    private static bool IsVowelAt(string s, int i, bool previousIsVowel)
    {
        char c = s[i];
        if (IsAeiou(c)) return true;
        return c == 'y' && i > 0 && !previousIsVowel;
    }
}
