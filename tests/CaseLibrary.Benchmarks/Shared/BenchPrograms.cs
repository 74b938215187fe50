using CaseLibrary.Loading;

namespace CaseLibrary.Benchmarks.Shared;

/// <summary>
/// Where the benchmark's builds find node and npm: the benchmark is a command-line program, so it reads PATH once,
/// here, as the generator's command line does, and hands it to the generator's classes.
/// </summary>
public static class BenchPrograms
{
    public static string? SearchPath { get; } = Environment.GetEnvironmentVariable("PATH");

    public static ProgramLocator Locator { get; } = new(SearchPath, []);

    public static string Node => Locator.Find("node") ?? throw new BenchFailedException("node was not found on PATH");
}
