using FunctionalScoring.Shell.Parquet;
using Spectre.Console;

namespace FunctionalScoring.Cli.Views;

/// <summary>A progress bar per input table while a dataset is read; nothing at all when the output is not a terminal.</summary>
public static class ReadProgressView
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<Action<string, ReadProgress>?, Task<T>> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }

        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                return await work((table, progress) =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(table, out var task))
                        {
                            task = tasks[table] = context.AddTask($"reading {table}", maxValue: Math.Max(1, progress.RowsTotal));
                        }

                        task.Value = progress.RowsDone;
                    }
                });
            });
    }
}
