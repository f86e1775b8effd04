using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(FunctionalScoring.Micro.CoreBenchmarks).Assembly).Run(args);
