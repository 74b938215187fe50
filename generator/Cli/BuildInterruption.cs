using System.Runtime.InteropServices;

namespace CaseLibrary.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (a plain <c>kill</c>, a CI runner's cancel) while <c>build</c> runs: the first one is
/// caught, not left to end the process, and cancels <see cref="Token"/>, which the build checks at every stage and
/// every file it writes: it stops writing, deletes its staging folder and returns, and the command exits with
/// <see cref="ExitCode"/> (128 + the signal's number, as a shell reports a process the signal ended). A second signal
/// is left to the runtime, which ends the process at once; the next build removes what that leaves
/// (<see cref="Writing.LeftoverStaging"/>). The registrations are process-wide, so only the command line makes them.
/// </summary>
public sealed class BuildInterruption : IDisposable
{
    // Never disposed: a signal handler may still cancel it after the build returned.
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal; // the first signal caught, as (int)PosixSignal; 0 before any

    public BuildInterruption() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    /// <summary>Cancelled when the first SIGINT or SIGTERM arrives.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The signal that interrupted the build, or null.</summary>
    public PosixSignal? Signal => Volatile.Read(ref _signal) is var signal and not 0 ? (PosixSignal)signal : null;

    /// <summary>130 after SIGINT, 143 after SIGTERM.</summary>
    public int ExitCode => Signal == PosixSignal.SIGINT ? 130 : 143;

    /// <summary>The signal as a shell names it (SIGINT, SIGTERM).</summary>
    public string SignalName => Signal == PosixSignal.SIGINT ? "SIGINT" : "SIGTERM";

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0) return; // the second: the default, ending the process
        context.Cancel = true;
        _source.Cancel();
    }
}
