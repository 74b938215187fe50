using CaseLibrary.Rendering;

namespace CaseLibrary.Tests.Rendering;

/// <summary>The paginator's arithmetic and the page numbers it shows, for every page of lists of up to 40 pages.</summary>
public sealed class PaginatorTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(100, 2)]
    [InlineData(101, 3)]
    [InlineData(4000, 80)]
    public void Page_count_is_the_cases_over_the_page_size_rounded_up_and_at_least_one(int total, int pages) =>
        Assert.Equal(pages, new Paginator(50).PageCount(total));

    [Fact]
    public void The_slices_hold_every_item_once_in_order_and_none_is_larger_than_the_page_size()
    {
        foreach (var size in new[] { 1, 3, 50 })
        {
            var paginator = new Paginator(size);
            for (var total = 0; total <= 160; total++)
            {
                var items = Enumerable.Range(0, total).ToList();
                var slices = Enumerable.Range(1, paginator.PageCount(total)).Select(n => paginator.Slice(items, n)).ToList();
                Assert.Equal(items, slices.SelectMany(s => s));
                Assert.All(slices, s => Assert.InRange(s.Count, total == 0 ? 0 : 1, size));
            }
        }
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 2, "1 2")]
    [InlineData(5, 10, "1 2 3 4 5 6 7 … 10")]
    [InlineData(1, 80, "1 2 3 … 80")]
    [InlineData(40, 80, "1 … 38 39 40 41 42 … 80")]
    [InlineData(80, 80, "1 … 78 79 80")]
    [InlineData(4, 80, "1 2 3 4 5 6 … 80")]
    public void Page_numbers_show_the_ends_and_two_either_side_with_gaps(int current, int count, string expected) =>
        Assert.Equal(expected, string.Join(' ', Paginator.Numbers(current, count).Select(n => n?.ToString() ?? "…")));

    [Fact]
    public void Every_page_of_every_list_shows_the_first_last_and_neighbours_and_no_gap_hides_fewer_than_two_pages()
    {
        for (var count = 1; count <= 40; count++)
        {
            for (var current = 1; current <= count; current++)
            {
                var numbers = Paginator.Numbers(current, count);
                var shown = numbers.OfType<int>().ToList();
                Assert.Equal(1, numbers[0]);
                Assert.Equal(count, numbers[^1]);
                Assert.Equal(shown.Order(), shown);
                Assert.Equal(shown.Distinct(), shown);
                for (var n = Math.Max(1, current - 2); n <= Math.Min(count, current + 2); n++) Assert.Contains(n, shown);
                for (var i = 1; i < numbers.Count; i++)
                {
                    if (numbers[i] is null) Assert.True(numbers[i + 1] - numbers[i - 1] > 2, $"page {current} of {count}: a gap for one page");
                    else if (numbers[i - 1] is { } before) Assert.Equal(before + 1, numbers[i]);
                }
                Assert.True(numbers.Count <= 9, $"page {current} of {count}: {numbers.Count} entries");
            }
        }
    }
}
