using FunctionalScoring.Shell.Outputs;

namespace FunctionalScoring.Shell.Tests.Outputs;

/// <summary>Output paths a test writes to, passed through the output rule as every command does; a refusal fails the test.</summary>
public static class Allowed
{
    public static OutputFolder Folder(string path, params string[] inputs) =>
        OutputTarget.Folder(path, OutputKind.RunOutputs, inputs.ToSeq()).IfLeft(refusal => throw new InvalidOperationException(refusal.Message));

    public static OutputFile File(string path, params string[] inputs) =>
        OutputTarget.File(path, inputs.ToSeq()).IfLeft(refusal => throw new InvalidOperationException(refusal.Message));
}
