using FunctionalScoring.Cli;

return await Cli.RunAsync(args);
