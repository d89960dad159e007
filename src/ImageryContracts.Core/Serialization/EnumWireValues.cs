using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;

namespace ImageryContracts.Serialization;

/// <summary>
/// Enum members and their wire values (<see cref="EnumMemberAttribute.Value"/>, else the member's name), for the
/// enums that reach the parse node and the writer through Kiota's generic contract rather than a generated reader.
/// Read once per enum type.
/// </summary>
internal static class EnumWireValues
{
    private static readonly ConcurrentDictionary<Type, Table> Tables = new();

    /// <summary>The wire value of a member.</summary>
    /// <param name="member">The member.</param>
    /// <returns>Its wire value; the number for a value that is not a declared member.</returns>
    public static string Of(Enum member) =>
        TableOf(member.GetType()).ToWire.TryGetValue(member, out var wire) ? wire : member.ToString("D");

    /// <summary>The member a wire value names, compared case-insensitively as Kiota does.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="wire">The wire value.</param>
    /// <param name="member">The member.</param>
    /// <returns>Whether the value names a member.</returns>
    public static bool TryParse<T>(string wire, out T member)
        where T : struct, Enum
    {
        if (TableOf(typeof(T)).FromWire.TryGetValue(wire, out var found))
        {
            member = (T)found;
            return true;
        }

        member = default;
        return false;
    }

    private static Table TableOf(Type type) => Tables.GetOrAdd(type, static enumType =>
    {
        var toWire = new Dictionary<Enum, string>();
        var fromWire = new Dictionary<string, Enum>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var member = (Enum)field.GetValue(null)!;
            var wire = field.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? field.Name;
            toWire[member] = wire;
            fromWire.TryAdd(wire, member);
        }

        return new Table(toWire, fromWire);
    });

    private sealed record Table(Dictionary<Enum, string> ToWire, Dictionary<string, Enum> FromWire);
}
