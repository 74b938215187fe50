using CaseLibrary.Rendering;
using Scriban;
using Scriban.Runtime;

namespace CaseLibrary.Tests.Rendering;

/// <summary>
/// Scriban cuts any value longer than TemplateContext.LimitToString (1,048,576 characters by default) and appends
/// "..."; the synthetic 1,000-case library's competence pages hit it and were published cut off mid-link.
/// </summary>
public sealed class LargeOutputTests
{
    private const int Length = 1_500_000;

    [Theory]
    [InlineData("markup")]
    [InlineData("text")]
    public void Values_longer_than_a_megabyte_are_written_whole(string kind)
    {
        var globals = new ScriptObject();
        globals["value"] = kind == "markup" ? new HtmlString(new string('x', Length)) : new string('x', Length);
        var context = new HtmlTemplateContext();
        context.PushGlobal(globals);

        var output = Template.Parse("<p>{{ value }}</p>").Render(context);

        Assert.Equal("<p>" + new string('x', Length) + "</p>", output);
    }
}
