using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.Rules;

/// <summary>The EPSG codes a vendor accepts, read from <c>[CrsCodeSet]</c> on the generated CRS code type.</summary>
internal sealed class CrsCodeSet
{
    private const string ShortPrefix = "EPSG:";

    private readonly ImmutableArray<int> _codes;
    private readonly ImmutableArray<(int From, int To)> _ranges;

    private CrsCodeSet(string urnPrefix, ImmutableArray<int> codes, ImmutableArray<(int From, int To)> ranges)
    {
        UrnPrefix = urnPrefix;
        _codes = codes;
        _ranges = ranges;
    }

    public string UrnPrefix { get; }

    /// <summary>The accepted codes as people read them: <c>EPSG:4326, EPSG:32601–32660, …</c>.</summary>
    public string Description =>
        string.Join(
            ", ",
            _codes.Select(c => ShortPrefix + c.ToString(CultureInfo.InvariantCulture))
                .Concat(_ranges.Select(r => $"{ShortPrefix}{r.From.ToString(CultureInfo.InvariantCulture)}–{r.To.ToString(CultureInfo.InvariantCulture)}")));

    public static CrsCodeSet? From(AttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments;
        if (arguments.Length != 3 || arguments[0].Value is not string prefix || arguments[1].Kind != TypedConstantKind.Array
            || arguments[2].Kind != TypedConstantKind.Array)
        {
            return null;
        }

        var codes = arguments[1].Values.Select(v => v.Value).OfType<int>().ToImmutableArray();
        var bounds = arguments[2].Values.Select(v => v.Value).OfType<int>().ToArray();
        var ranges = Enumerable.Range(0, bounds.Length / 2).Select(i => (bounds[2 * i], bounds[(2 * i) + 1])).ToImmutableArray();
        return new CrsCodeSet(prefix, codes, ranges);
    }

    public bool Contains(int code) => _codes.Contains(code) || _ranges.Any(r => code >= r.From && code <= r.To);

    /// <summary>Reads <c>{UrnPrefix}NNNN</c> or <c>EPSG:NNNN</c>, the two forms the generated parser accepts.</summary>
    public bool TryParse(string text, out int code)
    {
        code = 0;
        string digits;
        if (text.StartsWith(UrnPrefix, StringComparison.OrdinalIgnoreCase))
        {
            digits = text.Substring(UrnPrefix.Length);
        }
        else if (text.StartsWith(ShortPrefix, StringComparison.OrdinalIgnoreCase))
        {
            digits = text.Substring(ShortPrefix.Length);
        }
        else
        {
            return false;
        }

        return digits.Length > 0 && digits.All(char.IsDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out code);
    }
}
