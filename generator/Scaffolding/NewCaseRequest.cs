namespace CaseLibrary.Scaffolding;

/// <summary><c>caselib new &lt;case-id&gt; --lang &lt;lang&gt; [--translation-of &lt;lang&gt;]</c>, understood.</summary>
/// <param name="Invocation">How the reader starts caselib, for a message that names a command (see <c>CommandEnvironment.Invocation</c>).</param>
public sealed record NewCaseRequest(string CaseId, string Language, string? TranslationOf, string Source, string Invocation = "caselib");
