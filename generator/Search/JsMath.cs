namespace CaseLibrary.Search;

/// <summary>
/// The two Math functions lunr's scoring uses, with V8's results bit for bit.
/// </summary>
internal static class JsMath
{
    // fdlibm e_log.c constants (V8's base::ieee754::log is fdlibm's); hex in the tests.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Two54 = 1.80143985094819840000e+16;
    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    /// <summary>
    /// Natural logarithm as V8's Math.log computes it (the fdlibm algorithm): .NET's Math.Log
    /// calls the C library, whose last bit differs for a few percent of inputs, enough to move
    /// a BM25 score across a rounding boundary.
    /// Method: x = 2^k * (1+f) with sqrt(2)/2 &lt; 1+f &lt; sqrt(2); log(1+f) = f - s*(f - R) with
    /// s = f/(2+f) and R a minimax polynomial in s²; log(x) = k*ln2 + log(1+f), ln2 split hi/lo.
    /// </summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        uint lx = (uint)bits;
        int k = 0;
        if (hx < 0x00100000)
        {
            // x < 2^-1022: zero, negative or subnormal.
            if (((hx & 0x7fffffff) | (int)lx) == 0) return double.NegativeInfinity;
            if (hx < 0) return double.NaN;
            k -= 54;
            x *= Two54;
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // Normalize x or x/2 into [sqrt(2)/2, sqrt(2)).
        x = WithHighWord(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            // -2^-20 <= f < 2^-20
            if (f == 0.0)
            {
                if (k == 0) return 0.0;
                dk = k;
                return dk * Ln2Hi + dk * Ln2Lo;
            }
            double r0 = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r0;
            dk = k;
            return dk * Ln2Hi - ((r0 - dk * Ln2Lo) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
        double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * Ln2Hi - ((hfsq - (s * (hfsq + r) + dk * Ln2Lo)) - f);
        }
        if (k == 0) return f - s * (f - r);
        return dk * Ln2Hi - ((s * (f - r) - dk * Ln2Lo) - f);
    }

    /// <summary>Math.round: the nearest integer, halves rounded up (towards +∞).</summary>
    public static double Round(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x)) return x;
        double floor = Math.Floor(x);
        // x - floor is exact for every finite double, so no 0.49999999999999994 surprise.
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private static double WithHighWord(double x, int high)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        bits = (bits & 0xffffffffL) | ((long)high << 32);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
