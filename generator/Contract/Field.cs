namespace CaseLibrary.Contract;

/// <summary>One key of a YAML mapping in the content contract: its name, type, whether it is required, and what it means.</summary>
public sealed record Field(string Name, FieldType Type, bool Required, string Description);
