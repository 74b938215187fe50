namespace CaseLibrary.Rendering.Views;

/// <summary>
/// The search page's configuration, handed to the page script through data-* attributes (JSON text, escaped
/// like any attribute), so the page needs no inline script under the Content-Security-Policy.
/// </summary>
public sealed record SearchView(string Lang, string WorkerUrl, string Config, string Labels, string Names);
