using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace CaseLibrary.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, in text and attributes alike; only
/// <see cref="HtmlString"/> passes through. Theme authors cannot forget to escape, and content strings
/// (titles, summaries, names) can never become markup.
/// It also bounds what one page's template may do (<see cref="Begin"/> starts a page): loop iterations, recursion, the
/// length of any text it makes, the length of the page, and the memory it allocates; every loop step also checks the
/// page's deadline. Passing a limit throws a <see cref="ScriptRuntimeException"/> at the template's line
/// (<see cref="IsLimit"/> tells it from a template's own mistake).
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Iterations of one loop and the loops nested in it: the competence matrix of 16,000 cases is 176,000; `while true` stops in a few seconds.</summary>
    public const int MaxLoopIterations = 2_000_000;

    /// <summary>Characters of any one text a template makes (a joined list, a concatenation): a page is ~100 KB.</summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    /// <summary>Characters one render writes (a page's content, or the page around it).</summary>
    public const int MaxOutputLength = 8 * 1024 * 1024;

    /// <summary>Bytes one render may allocate (a real page allocates a few MB; a runaway template stops here, not at gigabytes).</summary>
    public const long MaxAllocatedBytes = 256L * 1024 * 1024;

    private const string AllocationMessage = "the template made more than 256 MB of data for one page";

    private long? _allocatedAtStart; // null: no render begun (a context used directly has no memory budget)

    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = 50;
        // Scriban cuts strings at 1 MB by default (with "..."): a page is never cut, it fails with a diagnostic instead.
        LimitToString = MaxTextLength;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = MaxOutputLength;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = TimeSpan.FromSeconds(1); // Scriban's default is 10 s per call, which a loop multiplies
        MemberRenamer = member => Scriban.Runtime.StandardMemberRenamer.Rename(member.Name);
    }

    /// <summary>The language of the page being rendered: <c>partial_cached</c> output is kept per scope.</summary>
    public string Scope { get; set; } = "";

    /// <summary>Starts the budget of one render on this thread: its memory, and its deadline (checked at every loop step).</summary>
    public void Begin(CancellationToken deadline)
    {
        CancellationToken = deadline;
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>True when <paramref name="exception"/> is a limit of this context or Scriban's, not a mistake in the template's logic.</summary>
    public static bool IsLimit(ScriptRuntimeException exception) =>
        exception.OriginalMessage is { } message && (message.StartsWith(AllocationMessage, StringComparison.Ordinal)
            || message.Contains("LimitToString", StringComparison.Ordinal) || message.Contains("OutputLimit", StringComparison.Ordinal)
            || message.Contains("LoopLimit", StringComparison.Ordinal) || message.Contains("iteration limit", StringComparison.Ordinal)
            || message.Contains("recursive depth limit", StringComparison.Ordinal));

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        CheckAbort();
        if (_allocatedAtStart is { } start && GC.GetAllocatedBytesForCurrentThread() - start > MaxAllocatedBytes)
            throw new ScriptRuntimeException(loop.Span, AllocationMessage);
        return base.OnStepLoop(loop);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlString html) return Write(html.Value);
        var text = ObjectToString(textAsObject);
        return string.IsNullOrEmpty(text) ? this : Write(Html.Escape(text));
    }
}
