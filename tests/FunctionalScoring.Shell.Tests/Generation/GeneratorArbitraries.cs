using FsCheck;
using FsCheck.Fluent;
using FunctionalScoring.Core.Time;
using FunctionalScoring.Generation;
using static LanguageExt.Prelude;

namespace FunctionalScoring.Shell.Tests.Generation;

/// <summary>Generated options small enough to generate, load and score in a blink, over the whole option space.</summary>
public static class GeneratorArbitraries
{
    public static Arbitrary<GeneratorOptions> SmallOptions() =>
        (from partners in Gen.Choose(1, 5)
         from seed in ArbMap.Default.GeneratorFor<long>()
         from months in Gen.Choose(1, 30)
         from tenants in Gen.Choose(1, 5)
         from workloads in Gen.Choose(1, GeneratorOptions.MaxWorkloads)
         from rowGroup in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 300))
         from parts in Gen.Choose(1, Math.Min(3, months))
         from asOf in Gen.Choose(0, 240).Select(m => Month.Of(2010, 1).AddMonths(m))
         from badRows in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         select new GeneratorOptions(partners, seed, months, tenants, workloads, rowGroup == 0 ? None : Some(rowGroup), parts, Some(asOf), badRows))
        .ToArbitrary();
}
