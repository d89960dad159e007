using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

namespace ImageryContracts.Package.Tests.Infrastructure;

/// <summary>A .nupkg read as what it is, a zip: its entries, its nuspec, and the SourceLink map inside its assemblies.</summary>
public sealed class PackageFile
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly string path;

    /// <summary>Opens a package.</summary>
    /// <param name="path">The .nupkg file.</param>
    public PackageFile(string path)
    {
        this.path = path;
        using var zip = ZipFile.OpenRead(path);
        Entries = zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal).ToList();
        using var nuspec = zip.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        Metadata = XDocument.Load(nuspec).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
    }

    /// <summary>Every entry's path, sorted.</summary>
    public IReadOnlyList<string> Entries { get; }

    /// <summary>The nuspec's <c>metadata</c> element.</summary>
    public XElement Metadata { get; }

    /// <summary>The text of one metadata element, or null.</summary>
    /// <param name="name">The element's local name.</param>
    /// <returns>Its value.</returns>
    public string? Value(string name) => Element(name)?.Value;

    /// <summary>One metadata element, or null.</summary>
    /// <param name="name">The element's local name.</param>
    /// <returns>The element.</returns>
    public XElement? Element(string name) => Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name);

    /// <summary>The dependencies of every framework group (or the ungrouped list), as id and attributes.</summary>
    public IReadOnlyList<XElement> Dependencies =>
        Metadata.Descendants().Where(element => element.Name.LocalName == "dependency").ToList();

    /// <summary>The SourceLink JSON of the PDB embedded in one of the package's assemblies, or null when there is none.</summary>
    /// <param name="entry">The assembly's entry path.</param>
    /// <returns>The SourceLink document map.</returns>
    public string? EmbeddedSourceLink(string entry)
    {
        using var zip = ZipFile.OpenRead(path);
        using var source = zip.GetEntry(entry)!.Open();
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        buffer.Position = 0;

        using var pe = new PEReader(buffer);
        var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        if (embedded.Count == 0)
        {
            return null;
        }

        using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
        var pdb = provider.GetMetadataReader();
        return pdb.CustomDebugInformation
            .Select(pdb.GetCustomDebugInformation)
            .Where(info => pdb.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value)))
            .SingleOrDefault();
    }
}
