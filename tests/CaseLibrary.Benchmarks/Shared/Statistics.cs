namespace CaseLibrary.Benchmarks.Shared;

/// <summary>Order statistics of repeated measurements (the warm-up is dropped by the caller).</summary>
public static class Statistics
{
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    /// <summary>Linear interpolation between the closest ranks (the same as numpy's default).</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var rank = percent / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    /// <summary>"median (min–max)" with the given format, e.g. "812 (790–845)".</summary>
    public static string Spread(IReadOnlyCollection<double> values, string format = "F0") =>
        $"{Median(values).ToString(format, System.Globalization.CultureInfo.InvariantCulture)} " +
        $"({values.Min().ToString(format, System.Globalization.CultureInfo.InvariantCulture)}–{values.Max().ToString(format, System.Globalization.CultureInfo.InvariantCulture)})";
}
