using System.Diagnostics;

namespace FunctionalScoring.Shell.Diagnostics;

/// <summary>
/// Where the memory goes, for the bench's profile: with <c>FUNCTIONAL_SCORING_PROFILE=1</c> each phase prints
/// the managed live set (after a full collection — a measurement, never a way to save memory), the heap the GC
/// holds and the process's working set, to stderr. Off by default: it costs a blocking collection per phase.
/// </summary>
public static class MemoryProfile
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("FUNCTIONAL_SCORING_PROFILE") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly CollectionCauses? Causes = Enabled ? new CollectionCauses() : null;

    /// <summary>A line of the profile that is not a phase (e.g. how long a part of a phase took).</summary>
    public static void Note(string text)
    {
        if (Enabled)
        {
            Console.Error.WriteLine($"profile {Clock.Elapsed.TotalSeconds,7:0.00} s  {text}");
        }
    }

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var held = GC.GetGCMemoryInfo().HeapSizeBytes;
        var collections = $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s";
        var causes = Causes?.TakeSummary();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var live = GC.GetTotalMemory(forceFullCollection: false);
        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine(
            $"profile {Clock.Elapsed.TotalSeconds,7:0.00} s  {phase,-28} live {Mib(live),6} MiB  heap held {Mib(held),6} MiB  working set {Mib(process.WorkingSet64),6} MiB  peak {Mib(process.PeakWorkingSet64),6} MiB  {collections}");
        Console.Error.WriteLine($"profile            since the last phase: {causes}");

    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);
}
