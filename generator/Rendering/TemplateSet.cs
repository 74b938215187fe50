using CaseLibrary.Diagnostics;
using CaseLibrary.Loading;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CaseLibrary.Rendering;

/// <summary>
/// The theme's Scriban templates, parsed once and shared. Parse errors become diagnostics at the template's
/// file(line,col) (Scriban spans are 0-based). Partials are rendered with <c>{{ partial "name" }}</c>, or with
/// <c>{{ partial_cached "name" key }}</c>, which renders once per build, page language and key and then reuses the
/// output (as Hugo's partialCached): the key must name everything else the partial's output depends on.
/// </summary>
public sealed class TemplateSet
{
    public static readonly string[] Required =
    [
        "baseof", "home", "cases", "case", "competences", "competence", "countries", "country",
        "authors", "author", "languages", "language", "chooser", "404", "search", "notes", "matrix", "course-pack", "teaching-notes", "about",
    ];

    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, string Scope, string Key), HtmlString> _cached = new();
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;
    private readonly TimeSpan _pageTimeout;

    /// <summary>How long one page may take to render; a real page takes milliseconds (a 50-card list page, a 100 KB case page).</summary>
    public static readonly TimeSpan DefaultPageTimeout = TimeSpan.FromSeconds(10);

    // Templates stopped by a limit (CL0331, CL0332): their other pages are not rendered, so a template that runs into a
    // limit costs the limit once per thread, not once per page of a 16,000-case library, and is reported once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _stopped = new(StringComparer.Ordinal);

    /// <param name="requireAll">Report each required template that is missing (not when the theme folder itself is missing:
    /// that is one error already). A theme with no template at all is one error, not one per template.</param>
    public TemplateSet(IReadOnlyDictionary<string, SourceFile> sources, string themeDisplayPath, DiagnosticBag diagnostics, TimeSpan? pageTimeout = null, bool requireAll = true)
    {
        _pageTimeout = pageTimeout ?? DefaultPageTimeout;
        _contexts = new ThreadLocal<HtmlTemplateContext>(NewContext);
        foreach (var (name, file) in sources)
        {
            var template = Template.Parse(file.Text, file.Path);
            _paths[name] = file.Path;
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Error("CL0510", $"template error: {message.Message}", At(file.Path, message.Span));
                continue;
            }
            _templates[name] = template;
        }
        if (!requireAll) return;
        if (sources.Count == 0)
        {
            diagnostics.Error("CL0511", $"the theme has no templates (layouts/*.html, {Required.Length} are needed): is '{themeDisplayPath}' the theme folder?", SourceLocation.StartOf(themeDisplayPath));
            return;
        }
        foreach (var name in Required)
            if (!sources.ContainsKey(name))
                diagnostics.Error("CL0511", $"the theme has no '{name}' template: add layouts/{name}.html", SourceLocation.StartOf(themeDisplayPath));
    }

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Every template parsed without errors, with its file (as shown in diagnostics), in name order.</summary>
    public IEnumerable<(string Path, ScriptPage Page)> Parsed =>
        _templates.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (_paths[t.Key], t.Value.Page!));

    /// <summary>Lets go of the <c>partial_cached</c> outputs of pages in <paramref name="scope"/> once every such page is rendered.</summary>
    public void ForgetCached(string scope)
    {
        foreach (var key in _cached.Keys)
            if (key.Scope == scope) _cached.TryRemove(key, out _);
    }

    /// <summary>
    /// Renders a template with the given globals for a page of language <paramref name="scope"/> (the scope of
    /// <c>partial_cached</c>), over <paramref name="shared"/> read-only globals (functions) if given; a runtime error
    /// is reported and yields null.
    /// </summary>
    public string? Render(string name, ScriptObject globals, DiagnosticBag diagnostics, string scope = "", ScriptObject? shared = null)
    {
        if (!_templates.TryGetValue(name, out var template) || _stopped.ContainsKey(name)) return null;
        // One context per thread, reused page after page: a new Scriban context reflects over every view type again.
        var context = _contexts.Value!;
        context.Scope = scope;
        if (shared is not null) context.PushGlobal(shared);
        context.PushGlobal(globals);
        using var deadline = new CancellationTokenSource(_pageTimeout);
        context.Begin(deadline.Token);
        try
        {
            var html = template.Render(context);
            context.PopGlobal();
            if (shared is not null) context.PopGlobal();
            return html;
        }
        catch (Exception ex) when (deadline.IsCancellationRequested && ex is ScriptRuntimeException or OperationCanceledException)
        {
            _contexts.Value = NewContext();
            if (_stopped.TryAdd(name, true))
                diagnostics.Error("CL0331", $"the template took longer than {_pageTimeout.TotalSeconds:F0} s to render one page and was stopped here; look for a loop that never ends or does too much on each step; the template's other pages were not rendered",
                    ex is ScriptRuntimeException { Span.FileName: { } file } stopped ? At(file, stopped.Span) : SourceLocation.StartOf(_paths[name]));
            return null;
        }
        catch (ScriptRuntimeException ex) when (HtmlTemplateContext.IsLimit(ex))
        {
            _contexts.Value = NewContext();
            if (_stopped.TryAdd(name, true))
                diagnostics.Error("CL0332", $"the template was stopped on one page because it went over a limit: {ex.OriginalMessage.TrimEnd('.')}. A page needs far less: look here for a loop that never ends, "
                    + "a text that doubles on each step, or a partial that includes itself; the template's other pages were not rendered", At(ex.Span.FileName ?? _paths[name], ex.Span));
            return null;
        }
        catch (ScriptRuntimeException ex)
        {
            _contexts.Value = NewContext(); // its stacks may be left mid-render
            diagnostics.Error("CL0512", $"template error: {ex.OriginalMessage}", At(ex.Span.FileName ?? _paths[name], ex.Span));
            return null;
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext();
        var builtins = new ScriptObject();
        builtins.Import("partial", (Func<TemplateContext, string, HtmlString>)((ctx, partialName) => RenderPartial(ctx, partialName)));
        builtins.Import("partial_cached", (Func<TemplateContext, string, object?, HtmlString>)((ctx, partialName, key) =>
            _cached.GetOrAdd((partialName, ((HtmlTemplateContext)ctx).Scope, ctx.ObjectToString(key) ?? ""), _ => RenderPartial(ctx, partialName))));
        context.PushGlobal(builtins);
        return context;
    }

    private HtmlString RenderPartial(TemplateContext context, string name)
    {
        var key = "partials/" + name;
        if (!_templates.TryGetValue(key, out var partial))
            throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"no partial 'layouts/{key}.html'");
        var output = new System.Text.StringBuilder();
        context.PushOutput(new StringBuilderOutput(output));
        try
        {
            partial.Page!.Evaluate(context);
        }
        finally
        {
            context.PopOutput();
        }
        return new HtmlString(output.ToString());
    }

    private static SourceLocation At(string path, Scriban.Parsing.SourceSpan span) =>
        new(path, span.Start.Line + 1, span.Start.Column + 1);
}
