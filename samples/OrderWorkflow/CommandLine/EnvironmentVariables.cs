namespace OrderWorkflow.CommandLine;

/// <summary>The environment variables that switch a vendor from its simulator to the real service.</summary>
public static class EnvironmentVariables
{
    /// <summary>The OneAtlas API key; set, OneAtlas runs against the real service.</summary>
    public const string OneAtlasApiKey = "ONEATLAS_API_KEY";

    /// <summary>The DataCosmos machine client id; set with the secret and the organisation, DataCosmos runs against the real service.</summary>
    public const string DataCosmosClientId = "DATACOSMOS_CLIENT_ID";

    /// <summary>The DataCosmos client secret.</summary>
    public const string DataCosmosClientSecret = "DATACOSMOS_CLIENT_SECRET";

    /// <summary>The numeric DataCosmos organisation id the orders are placed for.</summary>
    public const string DataCosmosOrganisationId = "DATACOSMOS_ORGANISATION_ID";

    /// <summary>The help text's section on the variables.</summary>
    public static string HelpText { get; } =
        $"""
        Environment variables (unset: the vendor's built-in simulator is used, no credentials needed):
          {OneAtlasApiKey}             OneAtlas API key: runs OneAtlas against the real service.
          {DataCosmosClientId}         DataCosmos machine client id,
          {DataCosmosClientSecret}     its secret,
          {DataCosmosOrganisationId}   and the organisation to order for (all three): runs DataCosmos against the real service.
        Against a real service the sample prices only, unless --order is given.
        """;
}
