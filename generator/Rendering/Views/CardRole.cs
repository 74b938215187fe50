namespace CaseLibrary.Rendering.Views;

/// <summary>What an author did for the version a card shows (on the author's page).</summary>
public enum CardRole
{
    None,
    Wrote,
    Translated,
}
