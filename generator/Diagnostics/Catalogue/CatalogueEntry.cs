namespace CaseLibrary.Diagnostics.Catalogue;

/// <summary>
/// One diagnostic code, explained for the person who has to fix it (<c>caselib explain CODE</c>): what it means, a
/// short example of the mistake and how to fix it, in plain words.
/// </summary>
/// <param name="Code">CL#### or YAML###.</param>
/// <param name="Severity">How it is reported (a few codes say in <paramref name="Meaning"/> when they are reported otherwise).</param>
/// <param name="Stage">The stage that finds it: earlier stages find root causes, later ones their consequences.</param>
/// <param name="Title">One line: what is wrong.</param>
/// <param name="Meaning">What the message means and why it matters.</param>
/// <param name="Example">A short example of the mistake (a few lines of a file, or a command).</param>
/// <param name="Fix">What to do instead.</param>
public sealed record CatalogueEntry(string Code, Severity Severity, DiagnosticStage Stage, string Title, string Meaning, string Example, string Fix);
