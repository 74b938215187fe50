using System.Diagnostics;

namespace CaseLibrary.Tests.Writing;

/// <summary>poppler-utils' pdfinfo and pdftotext (installed by .ci/run); tests that need them run their checks only where they exist.</summary>
public static class PdfTools
{
    public static bool Installed { get; } = Exists("pdfinfo") && Exists("pdftotext");

    public static void IfInstalled(Action check)
    {
        if (Installed) check();
    }

    public static string Info(byte[] pdf) => WithFile(pdf, path => Run("pdfinfo", path));

    public static string Info(string path) => Run("pdfinfo", path);

    public static string Text(string path) => Run("pdftotext", "-layout", path, "-");

    /// <summary>The text of one page (1-based).</summary>
    public static string Text(string path, int page) => Run("pdftotext", "-f", $"{page}", "-l", $"{page}", path, "-");

    private static string WithFile(byte[] pdf, Func<string, string> use)
    {
        var path = Path.Combine(Path.GetTempPath(), "caselib-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, pdf);
        try { return use(path); }
        finally { File.Delete(path); }
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {error.Result}");
        return output;
    }

    private static bool Exists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}
