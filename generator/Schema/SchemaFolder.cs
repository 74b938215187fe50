namespace CaseLibrary.Schema;

/// <summary>Where the generated JSON Schemas are checked in: a dot-folder inside the content folder, which the loader skips.</summary>
public static class SchemaFolder
{
    public const string Name = ".schema";
    public const string CaseSchema = "case.schema.json";
    public const string LibrarySchema = "library.schema.json";
    public const string CompetencesSchema = "competences.schema.json";
    public const string AuthorsSchema = "authors.schema.json";
}
