using CaseLibrary.Benchmarks;
using CaseLibrary.Benchmarks.Shared;

// On-demand benchmarks, one mode per file (<Mode>Benchmark.cs). Add a mode by adding a line here.
var modes = new Dictionary<string, (string Summary, Func<BenchArgs, Task<int>> Run)>(StringComparer.Ordinal)
{
    ["search"] = ("search index build time vs lunr.js, index size vs a naive lunr index, first result in Chromium", SearchBenchmark.RunAsync),
    ["build"] = ("full build vs Hugo (wall, CPU, peak RSS), scaling by library size, one-case edit under serve", BuildBenchmark.RunAsync),
};

if (args.Length == 0 || args[0] is "-h" or "--help" || !modes.TryGetValue(args[0], out var mode))
{
    var error = args.Length > 0 && args[0] is not ("-h" or "--help");
    var writer = error ? Console.Error : Console.Out;
    if (error) writer.WriteLine($"unknown mode '{args[0]}'");
    writer.WriteLine("usage: dotnet run -c Release --project tests/CaseLibrary.Benchmarks -- <mode> [options]");
    foreach (var (name, (summary, _)) in modes) writer.WriteLine($"  {name,-8} {summary}");
    writer.WriteLine("Options of a mode: <mode> --help");
    return error ? 2 : 0;
}

try
{
    return await mode.Run(new BenchArgs(args.Skip(1)));
}
catch (BenchUsageException ex)
{
    Console.Error.WriteLine($"{args[0]}: {ex.Message}");
    return 2;
}
catch (BenchFailedException ex)
{
    Console.Error.WriteLine($"{args[0]}: {ex.Message}");
    return 1;
}
