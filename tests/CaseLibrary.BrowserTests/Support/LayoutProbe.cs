using Microsoft.Playwright;

namespace CaseLibrary.BrowserTests.Support;

/// <summary>Measurements taken in the page: horizontal overflow and colours of the body.</summary>
public static class LayoutProbe
{
    /// <summary>Playwright fills result objects through a parameterless constructor and setters.</summary>
    public sealed class Overflow
    {
        public int ScrollWidth { get; set; }
        public int ClientWidth { get; set; }
        public string[] Offenders { get; set; } = [];
    }

    public sealed class BodyColours
    {
        public string Background { get; set; } = "";
        public string Text { get; set; } = "";
        public double Contrast { get; set; }
    }

    private const string OverflowScript = """
        () => {
          const root = document.scrollingElement;
          const width = root.clientWidth;
          const describe = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '')
            + ' "' + (e.textContent || '').trim().slice(0, 40) + '" right=' + Math.round(e.getBoundingClientRect().right);
          const offenders = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
            .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
            .slice(0, 8).map(describe);
          return { scrollWidth: root.scrollWidth, clientWidth: width, offenders };
        }
        """;

    private const string ColoursScript = """
        () => {
          const style = getComputedStyle(document.body);
          const rgb = s => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
          const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const [a, b] = [lum(rgb(style.backgroundColor)), lum(rgb(style.color))];
          return { background: style.backgroundColor, text: style.color, contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
        }
        """;

    public static Task<Overflow> HorizontalOverflowAsync(IPage page) => page.EvaluateAsync<Overflow>(OverflowScript);

    public static Task<BodyColours> BodyColoursAsync(IPage page) => page.EvaluateAsync<BodyColours>(ColoursScript);
}
