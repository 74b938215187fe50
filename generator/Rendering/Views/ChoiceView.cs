namespace CaseLibrary.Rendering.Views;

/// <summary>A language on the language chooser: its own name, the site title in it, and its home page.</summary>
public sealed record ChoiceView(string Code, string Name, string Title, string Url);
