using System.Globalization;

namespace FunctionalScoring.Baseline;

/// <summary>The command line: --data DIR [--as-of YYYY-MM] [--rules ID] [--out FILE] [--scorecard FILE] [--repeat N] [--emit-sql FILE].</summary>
internal sealed record Options(
    string Data,
    DateOnly? AsOf,
    string Rules,
    string? Out,
    string? Scorecard,
    int Repeat,
    string? EmitSql)
{
    public const string Usage =
        "usage: FunctionalScoring.Baseline --data DIR [--as-of YYYY-MM] [--rules modern-work-2022|modern-work-2023]\n" +
        "                                  [--out summary.csv] [--scorecard scorecard.csv] [--repeat N] [--emit-sql FILE]";

    public static Options Parse(IReadOnlyList<string> args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            map[args[i][2..]] = args[i + 1];
        }

        var known = new[] { "data", "as-of", "rules", "out", "scorecard", "repeat", "emit-sql" };
        var unknown = map.Keys.FirstOrDefault(k => !known.Contains(k));
        if (unknown is not null)
        {
            throw new ArgumentException($"unknown option --{unknown}");
        }

        if (!map.TryGetValue("data", out var data))
        {
            throw new ArgumentException("--data DIR is required");
        }

        DateOnly? asOf = map.TryGetValue("as-of", out var text)
            ? DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month
                : throw new ArgumentException($"--as-of must be YYYY-MM, got '{text}'")
            : null;

        var repeat = map.TryGetValue("repeat", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 1;
        return new Options(
            data,
            asOf,
            map.GetValueOrDefault("rules", "modern-work-2022"),
            map.GetValueOrDefault("out"),
            map.GetValueOrDefault("scorecard"),
            Math.Max(1, repeat),
            map.GetValueOrDefault("emit-sql"));
    }
}
