namespace ImageryContracts.Rules;

/// <summary>
/// The coordinate reference systems a vendor accepts (spec extension <c>x-imagery-crs</c>), placed on the generated
/// CRS code type. Codes are EPSG numbers; <see cref="Ranges"/> holds inclusive pairs <c>[from, to, from, to, …]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CrsCodeSetAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="urnPrefix">The prefix the wire form puts before the number, e.g. <c>urn:ogc:def:crs:EPSG::</c>.</param>
    /// <param name="codes">Single accepted codes.</param>
    /// <param name="ranges">Inclusive ranges as consecutive pairs.</param>
    public CrsCodeSetAttribute(string urnPrefix, int[] codes, int[] ranges)
    {
        UrnPrefix = urnPrefix;
        Codes = codes;
        Ranges = ranges;
    }

    /// <summary>The prefix the wire form puts before the number.</summary>
    public string UrnPrefix { get; }

    /// <summary>Single accepted codes.</summary>
    public IReadOnlyList<int> Codes { get; }

    /// <summary>Inclusive ranges as consecutive pairs.</summary>
    public IReadOnlyList<int> Ranges { get; }
}
