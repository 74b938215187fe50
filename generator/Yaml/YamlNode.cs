using CaseLibrary.Diagnostics;

namespace CaseLibrary.Yaml;

/// <summary>A YAML node with its position in the real file: the small tree our readers validate.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => IsNull ? "an empty value" : "a text value";

    /// <summary>A plain scalar spelled as YAML's null (empty, ~ or null).</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a list";
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlNode(Location)
{
    public override string KindName => "a mapping";

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}
