using ImageryContracts.OneAtlas.Models;
using ImageryContracts.Serialization;

namespace ImageryContracts.OneAtlas.Downloads;

/// <summary>
/// Picks the link a delivered product is downloaded from, by what the links say they are, never by their position
/// (third-party scripts that take entry [1] or [2] disagree with each other). An HTTP(S) link named <c>download</c>
/// whose type is HTTP (any case) or unstated wins; otherwise the one HTTP(S) link that names nothing, which is how the
/// seed's delivered delivery writes it (<c>{"href": …}</c>). Direct links (gs, ftp) are never taken.
/// </summary>
internal static class DeliveryDownloadLink
{
    public static Link Choose(OneOrMany<Link>? links, Guid deliveryId)
    {
        var web = (links ?? (IReadOnlyList<Link>)[]).Where(link => Uri.TryCreate(link.Href, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)).ToList();
        var named = web.Where(link => string.Equals(link.Name, "download", StringComparison.OrdinalIgnoreCase) && (link.Type is null || link.Type.StartsWith("http", StringComparison.OrdinalIgnoreCase))).ToList();
        var unnamed = web.Where(link => link.Name is null && link.Type is null).ToList();
        return (named, unnamed) switch
        {
            ([var link], _) => link,
            ([], [var link]) => link,
            _ => throw new InvalidOperationException(
                $"Delivery {deliveryId} has {(links?.Count ?? 0)} download link(s) ({Describe(links)}) and none is the one HTTP link named 'download' (or the only unnamed one); the download cannot be chosen without guessing. Check the delivery's _links.download."),
        };
    }

    private static string Describe(OneOrMany<Link>? links) =>
        links is null || links.Count == 0 ? "none" : string.Join("; ", links.Select(link => $"{link.Name ?? "(no name)"}/{link.Type ?? "(no type)"} {link.Href}"));
}
