namespace OrderWorkflow.CommandLine;

/// <summary>Which vendors a run covers (<c>--vendor</c>).</summary>
public enum VendorChoice
{
    /// <summary>OneAtlas and DataCosmos.</summary>
    Both,

    /// <summary>Airbus OneAtlas only.</summary>
    OneAtlas,

    /// <summary>Open Cosmos DataCosmos only.</summary>
    DataCosmos,
}
