using System.Globalization;
using System.Text;

namespace CaseLibrary.Search;

/// <summary>Number::toString as JSON.stringify writes numbers (shortest round-trip digits).</summary>
internal static class JsNumber
{
    public static string ToJson(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "null";
        if (value == 0) return "0"; // also -0
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
            return ((long)value).ToString(CultureInfo.InvariantCulture);

        // .NET's "R" gives the shortest digits that round-trip, as ECMAScript requires;
        // only the layout differs, so take digits and exponent and lay them out JS's way.
        string r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int exponentAt = r.IndexOfAny(['E', 'e']);
        int exponent = exponentAt < 0 ? 0 : int.Parse(r[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        string mantissa = exponentAt < 0 ? r : r[..exponentAt];
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int pointAt = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits[leadingZeros..].TrimEnd('0');
        pointAt -= leadingZeros;
        return (value < 0 ? "-" : "") + Layout(digits, pointAt);
    }

    // ECMA-262 Number::toString: digits d1..dk with value 0.d1..dk × 10^n.
    private static string Layout(string digits, int n)
    {
        int k = digits.Length;
        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var sb = new StringBuilder();
        sb.Append(digits[0]);
        if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
        int e = n - 1;
        sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
