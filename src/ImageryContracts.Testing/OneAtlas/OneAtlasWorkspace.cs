namespace ImageryContracts.Testing.OneAtlas;

/// <summary>A OneAtlas catalogue workspace: a search's <c>workspace</c> names it by <see cref="Name"/> or <see cref="Id"/>.</summary>
/// <param name="Id">The workspace id (<c>workspaceId</c> of its items).</param>
/// <param name="Name">The workspace name (<c>workspaceName</c>).</param>
/// <param name="Title">The workspace title (<c>workspaceTitle</c>).</param>
public sealed record OneAtlasWorkspace(Guid Id, string Name, string Title)
{
    /// <summary>The Living Library's SPOT and Pléiades images, with the vendor's id.</summary>
    public static OneAtlasWorkspace Public { get; } = new(Guid.Parse("0e33eb50-3404-48ad-b835-b0b4b72a5625"), "public", "Public");

    /// <summary>The Living Library's Pléiades Neo images, with the vendor's id and title.</summary>
    public static OneAtlasWorkspace PublicPneo { get; } =
        new(Guid.Parse("3e88441b-adc9-4be6-bd80-59d4fb69d5a7"), "public-pneo", "Workspace temporaire pour la data pneo");

    /// <summary>Whether a search's <c>workspace</c> entry names this workspace (name or id).</summary>
    public bool IsNamedBy(string entry) =>
        string.Equals(entry, Name, StringComparison.Ordinal) || (Guid.TryParse(entry, out var id) && id == Id);
}
