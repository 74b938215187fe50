namespace CaseLibrary.Checking;

/// <summary>
/// What the link checker needs from one rendered page: the ids of its elements and the addresses it refers to
/// (a/link href, img/script/source src), attribute values decoded, as the HTML tokenizer reads them without building a
/// DOM (<see cref="PageScanner"/>); ids given to more than one element are kept apart (<see cref="DuplicateIds"/>).
/// Text is skipped, and script, style and the other raw-text elements switch the tokenizer's state as the HTML tree
/// builder would, so nothing inside them is taken for markup.
/// </summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Links, IReadOnlyList<string> DuplicateIds)
{
    public static PageLinks Scan(string html) => PageScanner.Scan(html);
}
