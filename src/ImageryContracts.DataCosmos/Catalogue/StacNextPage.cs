using ImageryContracts.DataCosmos.Models;

namespace ImageryContracts.DataCosmos.Catalogue;

/// <summary>How to ask for the page after one: POST a body (to the search, or to the link's own URL), or GET a URL.</summary>
/// <param name="Body">The body to POST; null for a GET of <paramref name="Url"/>.</param>
/// <param name="Url">The URL to send to; null for the search operation itself.</param>
internal sealed record StacNextPage(StacSearchRequest? Body, string? Url);
