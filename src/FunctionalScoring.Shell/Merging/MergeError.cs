namespace FunctionalScoring.Shell.Merging;

/// <summary>Why a set of shard outputs cannot be merged into one run's outputs.</summary>
public enum MergeReason
{
    MissingFile,
    Unreadable,
    NotAShard,
    MixedShardCounts,
    IncompleteSet,
    Disagreement,
    ForeignPartner,
    CountMismatch,
    MissingFolder,
}

/// <summary>One reason a merge cannot go ahead, as a value, with a message that names the shard folder.</summary>
public sealed record MergeError(MergeReason Reason, string Message)
{
    public static MergeError MissingFolder(string folder) =>
        new(MergeReason.MissingFolder, File.Exists(folder)
            ? $"shard folder {folder} is a file; merge takes the --out folders of 'score --shard K/N'"
            : $"shard folder {folder} does not exist");

    public static MergeError MissingFile(string folder, string file) =>
        new(MergeReason.MissingFile, $"{folder}: {file} is missing; is this the --out folder of a finished 'score --shard K/N' run?");

    public static MergeError Unreadable(string file, string detail) =>
        new(MergeReason.Unreadable, $"{file}: cannot be read as a score output: {detail}");

    public static MergeError NotAShard(string folder) =>
        new(MergeReason.NotAShard, $"{folder}: run.json has no shard; merge takes the outputs of 'score --shard K/N'");

    public static MergeError MixedShardCounts(IEnumerable<string> shards) =>
        new(MergeReason.MixedShardCounts, $"the shards come from different splits ({string.Join(", ", shards)}); every shard must be K/N of the same N");

    public static MergeError IncompleteSet(int count, IEnumerable<int> missing, IEnumerable<int> repeated)
    {
        var parts = new[]
        {
            missing.Any() ? "missing " + string.Join(", ", missing.Select(k => $"{k}/{count}")) : "",
            repeated.Any() ? "given more than once " + string.Join(", ", repeated.Select(k => $"{k}/{count}")) : "",
        };
        return new(MergeReason.IncompleteSet, $"the shards are not exactly 1/{count} … {count}/{count}: {string.Join("; ", parts.Where(p => p.Length > 0))}");
    }

    public static MergeError Disagreement(string what, string firstFolder, string first, string folder, string found) =>
        new(MergeReason.Disagreement, $"{folder}: {what} is {found} but {firstFolder} has {first}; shards must come from the same dataset, rules, as-of month and build");

    public static MergeError ForeignPartner(string folder, string shard, string file, string partnerId) =>
        new(MergeReason.ForeignPartner, $"{folder}: {file} holds partner '{partnerId}', which is not in shard {shard}");

    public static MergeError CountMismatch(string folder, string what, long inRecord, long inFile) =>
        new(MergeReason.CountMismatch, $"{folder}: run.json counts {inRecord} {what} but summary.parquet has {inFile}");
}
