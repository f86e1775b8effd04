using System.Collections.Concurrent;

namespace FunctionalScoring.Shell.Tests.WriterMatrix;

/// <summary>Each base dataset scored once for the whole matrix: the outputs every re-written copy must reproduce.</summary>
public sealed class ReferenceRuns
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ScoredOutputs>>> runs = new(StringComparer.Ordinal);

    public Task<ScoredOutputs> Of(string baseFolder) =>
        runs.GetOrAdd(baseFolder, folder => new Lazy<Task<ScoredOutputs>>(() => ScoredOutputs.OfAsync(folder))).Value;
}
