using CaseLibrary.Build;

namespace CaseLibrary.Cli;

/// <summary>A command line, understood: the command, its options, or the usage error.</summary>
public sealed record ParsedCommand(string Command, BuildOptions? Options, bool Help, bool Verbose, bool GitHubAnnotations, string? Error);
