namespace CaseLibrary.Yaml;

/// <summary>A YAML mistake in a contributor's words: a code, what happened and what to type, at a 1-based line and column of the YAML text.</summary>
public sealed record YamlProblem(string Code, string Message, int Line, int Column);
