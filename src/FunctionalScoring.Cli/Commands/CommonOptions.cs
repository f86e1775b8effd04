using FunctionalScoring.Core.Planning;
using FunctionalScoring.Core.Rules;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Shell;
using FunctionalScoring.Shell.Outputs;
using LanguageExt;
using CliOption = System.CommandLine.Option<string>;

namespace FunctionalScoring.Cli.Commands;

/// <summary>Options several commands share, with one parser each so every command reads them alike.</summary>
public static class CommonOptions
{
    public static CliOption Data() => new("--data") { Description = "The dataset folder (docs/rules.md §7): associations, usage, certifications and optional partners tables.", Required = true };

    public static CliOption AsOf() => new("--as-of") { Description = "The as-of month YYYY-MM (R2). Default: the latest first-day month of the usage table." };

    public static CliOption Rules() => new("--rules") { Description = $"A built-in rule-set id or a rule-set JSON file (R25). Default: {BuiltInRuleSets.DefaultId}.", DefaultValueFactory = _ => BuiltInRuleSets.DefaultId };

    public static Option<Month> ParseAsOf(string? text) =>
        text is null
            ? Prelude.None
            : Month.Parse(text).IfNone(() => throw new UserFacingException($"--as-of '{text}' is not a month: expected YYYY-MM", ExitCodes.UsageError));

    public static RuleSet ParseRules(string text) =>
        RuleSetSource.Resolve(text).IfLeft(message => throw new UserFacingException(message));

    /// <summary>The rule-set file a --rules value names, as an input no output may touch; a built-in id names none.</summary>
    public static string? RulesFile(string text) => BuiltInRuleSets.Find(text).IsSome ? null : text;

    /// <summary>The folder <paramref name="option"/> names, allowed by the output rule (<see cref="OutputTarget"/>); refused: exit 2, nothing touched.</summary>
    public static OutputFolder OutputFolder(string option, string path, OutputKind kind, params string?[] inputs) =>
        OutputTarget.Folder(path, kind, Inputs(inputs)).IfLeft(refusal => throw Refused(option, refusal));

    /// <summary>The file <paramref name="option"/> names, allowed by the output rule; refused: exit 2, nothing touched.</summary>
    public static OutputFile OutputFile(string option, string path, params string?[] inputs) =>
        OutputTarget.File(path, Inputs(inputs)).IfLeft(refusal => throw Refused(option, refusal));

    private static Seq<string> Inputs(string?[] inputs) => inputs.Where(i => i is not null).Select(i => i!).ToSeq().Strict();

    private static UserFacingException Refused(string option, OutputRefusal refusal) =>
        new($"{option} {refusal.Message}", ExitCodes.UsageError);

    /// <summary>The unit costs of a costs file (Core.Planning's format); a missing or invalid file is an input error.</summary>
    public static async Task<Costs> ReadCostsAsync(string file, CancellationToken ct) =>
        File.Exists(file)
            ? CostsParser.Parse(await File.ReadAllTextAsync(file, ct)).Match(
                Succ: parsed => parsed,
                Fail: errors => throw new UserFacingException($"costs file {file} is invalid:\n  " + string.Join("\n  ", errors)))
            : throw new UserFacingException($"costs file {file} does not exist");
}
