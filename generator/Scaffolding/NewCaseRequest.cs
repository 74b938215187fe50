namespace CaseLibrary.Scaffolding;

/// <summary><c>caselib new &lt;case-id&gt; --lang &lt;lang&gt; [--translation-of &lt;lang&gt;]</c>, understood.</summary>
/// <param name="Invocation">How the reader starts caselib, for a message that names a command (see <c>CommandEnvironment.Invocation</c>).</param>
/// <param name="Folders">The --source and --theme options as the reader gave them (" --source my-cases"; empty for the
/// default folders), repeated in the commands the messages suggest, so that they run on the same library.</param>
public sealed record NewCaseRequest(string CaseId, string Language, string? TranslationOf, string Source, string Invocation = "caselib", string Folders = "");
