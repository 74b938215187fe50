using CaseLibrary.Rendering;

namespace CaseLibrary.Tests.Rendering;

public sealed class HtmlWhitespaceTests
{
    [Fact]
    public void Indentation_and_blank_lines_go_and_every_line_break_between_words_stays()
    {
        var html = "<ul>\n  <li>\n    <a href=\"x\">one</a>\n    \n  two\n  </li>\n</ul>\n";
        Assert.Equal("<ul>\n<li>\n<a href=\"x\">one</a>\ntwo\n</li>\n</ul>\n", HtmlWhitespace.Trim(html));
    }

    [Fact]
    public void Lines_inside_pre_and_textarea_are_kept_byte_for_byte()
    {
        var html = "<div>\n  <pre><code>if x:\n    y()\n\n  z\n</code></pre>\n  <p>after</p>\n<textarea>\n  kept\n</textarea>\n    <PRE class=\"a\">\n  b\n</PRE>\n  end\n";
        Assert.Equal("<div>\n<pre><code>if x:\n    y()\n\n  z\n</code></pre>\n<p>after</p>\n<textarea>\n  kept\n</textarea>\n<PRE class=\"a\">\n  b\n</PRE>\nend\n", HtmlWhitespace.Trim(html));
    }

    [Fact]
    public void A_pre_that_opens_and_closes_on_one_line_does_not_protect_the_next_and_prefix_lookalikes_do_not_count()
    {
        Assert.Equal("<pre>a</pre>\nb\n<prefix>\nc\n", HtmlWhitespace.Trim("<pre>a</pre>\n  b\n<prefix>\n  c\n"));
        Assert.Equal("no newline at end", HtmlWhitespace.Trim("  no newline at end"));
    }
}
