namespace ImageryContracts.Testing.OneAtlas;

/// <summary>A search filter the simulator cannot read: the filter's name and a message naming its value and the fix (answered 400).</summary>
internal sealed class CatalogueQueryException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
