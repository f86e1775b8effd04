using System.Runtime.CompilerServices;

namespace FunctionalScoring.Shell.Outputs;

/// <summary>
/// An enum value's name, looked up in a table made once: <c>value.ToString()</c> boxes the value on every
/// call, and the evidence of a big run names a path, a metric, a kind and an association type per row
/// (1.9M rows on bench L: 170 MiB of boxes, and the collections they cost).
/// </summary>
internal static class EnumNames<T>
    where T : unmanaged, Enum
{
    private static readonly string?[] Names = Table();

    public static string Of(T value)
    {
        var index = Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;
        return unchecked((uint)index) < (uint)Names.Length && Names[index] is { } name ? name : value.ToString();
    }

    // Names by value for the defined values 0…n of an int-backed enum; any other value falls back to ToString.
    private static string?[] Table()
    {
        if (Unsafe.SizeOf<T>() != sizeof(int))
        {
            return [];
        }

        var values = Enum.GetValues<T>().Select(v => (Value: Unsafe.As<T, int>(ref v), Name: v.ToString())).Where(v => v.Value is >= 0 and < 256).ToArray();
        var names = new string?[values.Length == 0 ? 0 : values.Max(v => v.Value) + 1];
        foreach (var (value, name) in values)
        {
            names[value] = name;
        }

        return names;
    }
}
