using System.Diagnostics;

namespace CaseLibrary.Writing;

/// <summary>
/// Prints case pages to PDF with headless Chromium (<c>--print-to-pdf</c>), inside the writer stage.
/// Why here: Chromium needs the written site (stylesheet, images), and only the writer writes. The writer calls this
/// after every file is in the staging folder and before the swap. Chromium loads each page from a
/// <see cref="PrintServer"/> on 127.0.0.1 that serves only the staging folder, with that server as its proxy for
/// everything else, and under the page's own Content-Security-Policy: a theme (themes arrive by pull request too)
/// cannot print a local file or another host's answer into a PDF. Chromium writes each PDF straight to its place
/// in the staging folder; its browser profiles are created inside the staging folder and deleted before the swap.
/// A failure throws, so the writer discards the staging folder and the previous site stays untouched.
/// </summary>
public sealed class PdfPrinter
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly string _chromium;
    private readonly string _basePath;
    private readonly string _baseUrl;

    public PdfPrinter(string chromium, string basePath, string baseUrl)
    {
        _chromium = chromium;
        _basePath = basePath;
        _baseUrl = baseUrl;
    }

    /// <param name="interrupted">Cancelled when the build is interrupted: no further page is printed, a running Chromium is
    /// stopped, and OperationCanceledException is thrown once none runs (so the staging folder can be deleted).</param>
    public void Print(string stagingRoot, IReadOnlyList<PdfJob> jobs, Func<string, string> fullPathOf, CancellationToken interrupted = default)
    {
        var scratch = Path.Combine(stagingRoot, ".print");
        Directory.CreateDirectory(scratch);
        using var server = new PrintServer(stagingRoot, _basePath);
        try
        {
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.ForEach(jobs.Select((job, index) => (job, index)), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = interrupted }, item =>
            {
                var (job, index) = item;
                // Beside the page, so relative image addresses in the case body resolve as on the site; served from
                // memory, never written.
                var folder = job.PagePath.Contains('/') ? job.PagePath[..(job.PagePath.LastIndexOf('/') + 1)] : "";
                var printPath = $"{folder}.print-{index}.html";
                var headPath = $"{folder}.print-{index}.css";
                server.Add(headPath, PrintSource.RunningHead(job.Metadata.Title));
                var address = server.Add(printPath, PrintSource.For(job.Markup, _baseUrl, _basePath, job.PagePath, job.Metadata.Title, $"{_basePath}{headPath}"));
                try
                {
                    var pdf = fullPathOf(job.PdfPath);
                    if (Run(address, server.Origin, pdf, Path.Combine(scratch, "profile-" + index), interrupted) is { } problem) failures.Add($"{job.PdfPath}: {problem}");
                    else File.WriteAllBytes(pdf, PdfInfo.Update(File.ReadAllBytes(pdf), job.Metadata));
                }
                finally
                {
                    server.Remove(printPath);
                    server.Remove(headPath);
                }
            });
            if (!failures.IsEmpty)
                throw new PdfPrintException($"Chromium could not print {failures.Count} PDF(s): {string.Join("; ", failures.Order(StringComparer.Ordinal).Take(3))}");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private string? Run(string address, string origin, string pdf, string profile, CancellationToken interrupted)
    {
        var start = new ProcessStartInfo(_chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
            // Every request, loopback included ("<-loopback>" removes Chromium's implicit bypass), goes to the print
            // server, which answers only for its own origin.
            "--proxy-server=http://" + origin, "--proxy-bypass-list=<-loopback>",
            "--user-data-dir=" + profile, "--print-to-pdf=" + pdf, address,
        }) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new PdfPrintException($"could not start {_chromium}");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var exited = process.WaitForExitAsync(interrupted);
        try
        {
            exited.Wait(Timeout);
        }
        catch (AggregateException) when (interrupted.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new OperationCanceledException(interrupted);
        }
        if (!exited.IsCompleted)
        {
            process.Kill(entireProcessTree: true);
            return $"Chromium did not finish within {Timeout.TotalSeconds:F0} s";
        }
        if (!File.Exists(pdf) || new FileInfo(pdf).Length < 5 || !StartsWithPdfMagic(pdf))
            return $"Chromium exited with {process.ExitCode} and wrote no PDF ({Last(stderr.Result)})";
        return null;
    }

    private static bool StartsWithPdfMagic(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return stream.Read(head) == 4 && head.SequenceEqual("%PDF"u8);
    }

    private static string Last(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : lines[^1];
    }
}

/// <summary>Printing a PDF failed; the build reports it as a diagnostic and writes nothing.</summary>
public sealed class PdfPrintException(string message) : Exception(message);
