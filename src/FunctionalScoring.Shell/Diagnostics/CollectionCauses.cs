using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace FunctionalScoring.Shell.Diagnostics;

/// <summary>
/// For the profile only: why the runtime collected (the reason of each collection, by generation) and
/// which types the large-object allocations were (the runtime samples one allocation about every
/// 100 KB), from the runtime's own GC events. <see cref="TakeSummary"/> returns what happened since the
/// last call.
/// </summary>
internal sealed class CollectionCauses : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    // The runtime's GC reasons (GCStart's Reason field), by number.
    private static readonly string[] Reasons =
    [
        "small alloc", "induced", "low memory", "empty", "large alloc", "no SOH space", "no LOH space", "induced, not forced",
        "internal tuning", "induced, low memory", "induced, compacting", "low memory, host", "PM full", "LOH reclaim", "BGC basic",
    ];

    private readonly ConcurrentDictionary<string, int> collections = new();
    private readonly ConcurrentDictionary<string, long> largeAllocations = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is { } name && name.StartsWith("GCStart", StringComparison.Ordinal) && e.Payload is { Count: > 2 } start)
        {
            var reason = Convert.ToInt32(start[2], System.Globalization.CultureInfo.InvariantCulture);
            var key = $"gen{start[1]} {(reason < Reasons.Length ? Reasons[reason] : reason.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            collections.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
        else if (e.EventName is { } tick && tick.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is { } names)
        {
            var kind = Convert.ToInt32(e.Payload![names.IndexOf("AllocationKind")], System.Globalization.CultureInfo.InvariantCulture);
            var typeName = names.IndexOf("TypeName") is var at and >= 0 ? e.Payload[at] as string ?? "?" : "?";
            var amount = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (kind == 1)
            {
                largeAllocations.AddOrUpdate(typeName, amount, (_, n) => n + amount);
            }
        }
    }

    /// <summary>The collections by generation and reason, and the sampled large allocations by type (largest first), since the last call.</summary>
    public string TakeSummary()
    {
        var gcs = string.Join(", ", collections.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key}"));
        var large = string.Join(", ", largeAllocations.OrderByDescending(a => a.Value).Take(6).Select(a => $"{a.Key} {a.Value / (1024 * 1024)} MiB"));
        collections.Clear();
        largeAllocations.Clear();
        return $"collections: {(gcs.Length == 0 ? "none" : gcs)}; large allocations sampled: {(large.Length == 0 ? "none" : large)}";
    }
}
