using System.Globalization;

namespace CaseLibrary.Benchmarks.Shared;

/// <summary>
/// The options of one mode, `--name value` or `--flag`. A mode declares which names it knows with
/// <see cref="RejectUnknown"/>, so a typo is a usage error instead of a silently ignored option.
/// </summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public BenchArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new BenchUsageException($"unexpected argument '{arg}'");
            var name = arg[2..];
            var value = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal) ? list[++i] : null;
            _values[name] = value;
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public void RejectUnknown(params string[] known)
    {
        var unknown = _values.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) throw new BenchUsageException($"unknown option --{unknown[0]}; known: {string.Join(", ", known.Select(k => "--" + k))}");
    }

    public string String(string name, string fallback) =>
        _values.TryGetValue(name, out var value) ? value ?? throw new BenchUsageException($"--{name} needs a value") : fallback;

    public int Int(string name, int fallback, int min)
    {
        if (!_values.ContainsKey(name)) return fallback;
        var text = String(name, "");
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
            throw new BenchUsageException($"--{name} must be a whole number >= {min}, not '{text}'");
        return value;
    }

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback, int min)
    {
        if (!_values.ContainsKey(name)) return fallback;
        var text = String(name, "");
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
                throw new BenchUsageException($"--{name} takes comma-separated whole numbers >= {min}, not '{text}'");
            values.Add(value);
        }
        return values.Count > 0 ? values : throw new BenchUsageException($"--{name} is empty");
    }
}

/// <summary>Bad command line: printed without a stack trace, exit 2.</summary>
public sealed class BenchUsageException(string message) : Exception(message);

/// <summary>The benchmark could not run (missing tool, failed build, outputs that differ): exit 1.</summary>
public sealed class BenchFailedException(string message) : Exception(message);
