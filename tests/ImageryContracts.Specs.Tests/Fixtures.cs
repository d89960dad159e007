namespace ImageryContracts.Specs.Tests;

/// <summary>Every fixture under <c>tests/fixtures/</c> and the operation it exercises; see the README there.</summary>
public static class Fixtures
{
    /// <summary>The vendors' examples (OneAtlas: verbatim from the seed; DataCosmos: rebuilt from the facts' tables).</summary>
    public static IReadOnlyList<FixtureTarget> Valid { get; } =
    [
        new("oneatlas/price-request.json", "/api/v1/prices", "post", null),
        new("oneatlas/price-request-call.json", "/api/v1/prices", "post", null),
        new("oneatlas/price-response.json", "/api/v1/prices", "post", "200"),
        new("oneatlas/order-request.json", "/api/v1/orders", "post", null),
        new("oneatlas/order-response.json", "/api/v1/orders", "post", "201"),
        new("oneatlas/product-list-order-request.json", "/api/v1/orders", "post", null),
        new("oneatlas/product-list-order-response.json", "/api/v1/orders", "post", "201"),
        new("oneatlas/orders-list-response.json", "/api/v1/orders", "get", "200"),
        new("datacosmos/token-request.json", "/oauth/token", "post", null),
        new("datacosmos/policies-response.json", "/v1/dpap/organisations/{organisation_id}/policies", "get", "200"),
        new("datacosmos/price-response.json", "/v1/dpap/policies/{policy_id}/catalog/price", "get", "200"),
        new("datacosmos/create-order-request.json", "/v0/order/orders", "post", null),
        new("datacosmos/create-order-request-clipped-with-licence.json", "/v0/order/orders", "post", null),
        new("datacosmos/create-order-response-paid.json", "/v0/order/orders", "post", "200"),
        new("datacosmos/error-envelope.json", "/v0/order/orders", "post", "4XX"),
    ];

    /// <summary>Payloads the spec must reject, with the field each error has to name.</summary>
    public static IReadOnlyList<(FixtureTarget Target, string Field)> Invalid { get; } =
    [
        (new("oneatlas/invalid/price-request-python-kind-order-product.json", "/api/v1/prices", "post", null), "kind"),
        (new("oneatlas/invalid/order-request-product-type-unknown.json", "/api/v1/orders", "post", null), "productType"),
        (new("oneatlas/invalid/order-request-crs-code-missing.json", "/api/v1/orders", "post", null), "crsCode"),
        (new("oneatlas/invalid/order-request-crs-code-utm-zone-61.json", "/api/v1/orders", "post", null), "crsCode"),
        (new("oneatlas/invalid/price-response-area-km2-string.json", "/api/v1/prices", "post", "200"), "areaKm2"),
        (new("oneatlas/invalid/order-response-is-amount-estimated-boolean.json", "/api/v1/orders", "post", "201"), "isAmountEstimated"),
        (new("oneatlas/invalid/order-response-status-unknown.json", "/api/v1/orders/{orderId}", "get", "200"), "status"),
        (new("datacosmos/invalid/create-order-request-type-unknown.json", "/v0/order/orders", "post", null), "type"),
        (new("datacosmos/invalid/create-order-request-contract-id-missing.json", "/v0/order/orders", "post", null), "contract_id"),
        (new("datacosmos/invalid/create-order-request-organisation-string.json", "/v0/order/orders", "post", null), "organisation"),
        (new("datacosmos/invalid/create-order-request-level-missing.json", "/v0/order/orders", "post", null), "level"),
        (new("datacosmos/invalid/price-response-value-number.json", "/v1/dpap/policies/{policy_id}/catalog/price", "get", "200"), "value"),
        (new("datacosmos/invalid/create-order-response-status-unknown.json", "/v0/order/orders/{order_id}", "get", "200"), "status"),
        (new("datacosmos/invalid/create-order-response-payment-method-unknown.json", "/v0/order/orders", "post", "200"), "payment_method"),
    ];
}
