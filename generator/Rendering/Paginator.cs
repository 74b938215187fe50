using CaseLibrary.Rendering.Views;

namespace CaseLibrary.Rendering;

/// <summary>
/// Splits a list page into pages of at most <see cref="Size"/> cards, as Hugo's paginator: page 1 keeps the list's
/// address, page n is at <c>&lt;list&gt;page/n/</c>. Every language lists the same cases, so a page n exists in every
/// language and the hreflang alternates stay reciprocal.
/// </summary>
public sealed class Paginator
{
    /// <summary>50 full cards of the benchmark corpus are about 75 KB of HTML, well under the 200 KB a page may weigh.</summary>
    public const int DefaultSize = 50;

    /// <summary>A list of names (the authors): 500 entries of ~170 bytes are ~85 KB of HTML.</summary>
    public const int NamesSize = 500;

    public Paginator(int size = DefaultSize) => Size = size > 0 ? size : throw new ArgumentOutOfRangeException(nameof(size));

    public int Size { get; }

    public int PageCount(int total) => Math.Max(1, (total + Size - 1) / Size);

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int number) => items.Skip((number - 1) * Size).Take(Size).ToList();

    /// <summary>The navigation of page <paramref name="number"/> of <paramref name="count"/>; null when there is one page only.</summary>
    public static PaginationView? View(ViewFactory views, string first, int number, int count)
    {
        if (count <= 1) return null;
        string Url(int n) => views.Link(SiteUrls.Page(first, n));
        var links = Numbers(number, count).Select(n => n is { } page ? new PageLinkView(page, Url(page), page == number, false) : new PageLinkView(0, "", false, true)).ToList();
        return new PaginationView(number, count, views.Tf("pagination.status", number, count), number > 1 ? Url(number - 1) : null, number < count ? Url(number + 1) : null, links);
    }

    /// <summary>
    /// The page numbers to show: the first, the last and two either side of the current one; null stands for a gap.
    /// A gap of one page shows that page instead, because an ellipsis would take as much room.
    /// </summary>
    public static IReadOnlyList<int?> Numbers(int current, int count)
    {
        var shown = new SortedSet<int> { 1, count };
        for (var n = Math.Max(1, current - 2); n <= Math.Min(count, current + 2); n++) shown.Add(n);
        var result = new List<int?>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous == 2) result.Add(n - 1);
            else if (n - previous > 2) result.Add(null);
            result.Add(n);
            previous = n;
        }
        return result;
    }
}
