using CaseLibrary.Build;
using CaseLibrary.Scaffolding;

namespace CaseLibrary.Cli;

/// <summary>A command line, understood: the command, its options, or the usage error.</summary>
public sealed record ParsedCommand(string Command, BuildOptions? Options, bool Help, bool Verbose, bool GitHubAnnotations, string? Error)
{
    /// <summary>For <c>new</c>: the case file to scaffold.</summary>
    public NewCaseRequest? NewCase { get; init; }

    /// <summary>For <c>serve</c>: the port on 127.0.0.1.</summary>
    public int? Port { get; init; }

    /// <summary>Neither --source nor --theme was given: the library may be found in a folder above the current one.</summary>
    public bool UsesDefaultFolders { get; init; }

    /// <summary>For <c>explain</c>: the code to explain, or none (the list).</summary>
    public ExplainRequest? Explain { get; init; }

    /// <summary>For <c>schema</c>: the folder the JSON Schemas are written to.</summary>
    public string? SchemaOutput { get; init; }
}
