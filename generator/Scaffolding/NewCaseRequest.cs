namespace CaseLibrary.Scaffolding;

/// <summary><c>caselib new &lt;case-id&gt; --lang &lt;lang&gt; [--translation-of &lt;lang&gt;]</c>, understood.</summary>
public sealed record NewCaseRequest(string CaseId, string Language, string? TranslationOf, string Source);
