using Microsoft.Kiota.Abstractions;

namespace ImageryContracts.OneAtlas;

/// <summary>The generated OneAtlas client (see its generated part), with its request adapter for requests the facade streams itself.</summary>
public partial class OneAtlasClient
{
    /// <summary>
    /// The adapter the client sends through. A download is streamed to disk rather than read into a model, so the
    /// facade turns the generated builder's request into an HTTP request with it: authenticated exactly as every
    /// other call (the same token, only to the allowed hosts).
    /// </summary>
    public IRequestAdapter Adapter => RequestAdapter;
}
