using FunctionalScoring.Core.Rules;
using LanguageExt;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell;

/// <summary>R25: a rule set named by a built-in id or by the path of a JSON file of the user's own.</summary>
public static class RuleSetSource
{
    public static Either<string, RuleSet> Resolve(string idOrFile) =>
        BuiltInRuleSets.Find(idOrFile).Match(
            Some: set => Right<string, RuleSet>(set),
            None: () => File.Exists(idOrFile)
                ? RuleSetParser.Parse(File.ReadAllText(idOrFile)).Match(
                    Succ: set => Right<string, RuleSet>(set),
                    Fail: errors => Left<string, RuleSet>($"rule set file {idOrFile} is invalid:\n  " + string.Join("\n  ", errors)))
                : Left<string, RuleSet>($"unknown rule set '{idOrFile}': not a built-in id ({string.Join(", ", BuiltInRuleSets.Ids)}) nor an existing file"));
}
