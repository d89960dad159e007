using ImageryContracts.Generators.Tests.TestHelpers;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Generators.Tests;

/// <summary>
/// Constructs the client emitters cannot generate correctly are reported (IMG0008, or IMG0007 for a segment name clash)
/// at their YAML line with their JSON pointer, instead of becoming silently wrong code.
/// </summary>
public sealed class ClientDiagnosticTests
{
    private const string Header = """
        openapi: 3.0.3
        info: {title: Test, version: '1'}
        servers: [{url: 'https://api.example.org'}]

        """;

    private const string ThingSchema = """
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: {type: string}

        """;

    [Fact]
    public void An_array_of_arrays_of_objects_is_reported_at_the_property() =>
        AssertSingle(
            Header + "paths: {}\n" + ThingSchema + """
                    grid:
                      type: array
                      items:
                        type: array
                        items: {$ref: '#/components/schemas/Thing'}

            """,
            "IMG0008", 12, 11,
            "An array whose items are arrays of objects, enums or other arrays at #/components/schemas/Thing/properties/grid is not supported by the ImageryContracts generator");

    [Fact]
    public void A_one_or_many_of_something_that_is_not_an_object_is_reported() =>
        AssertSingle(
            Header + "paths: {}\n" + ThingSchema + """
                Status:
                  type: string
                  enum: [on, off]
                Statuses:
                  oneOf:
                    - $ref: '#/components/schemas/Status'
                    - type: array
                      items: {$ref: '#/components/schemas/Status'}

            """,
            "IMG0008", 15, 7,
            "A oneOf or anyOf of one value or a list of values that are not objects at #/components/schemas/Statuses/oneOf/0 is not supported by the ImageryContracts generator");

    [Fact]
    public void An_allOf_of_two_references_is_reported() =>
        AssertSingle(
            Header + "paths: {}\n" + ThingSchema + """
                Other:
                  type: object
                  properties:
                    size: {type: integer}
                Both:
                  allOf:
                    - $ref: '#/components/schemas/Thing'
                    - $ref: '#/components/schemas/Other'

            """,
            "IMG0008", 16, 7,
            "An allOf with more than one $ref at #/components/schemas/Both/allOf");

    [Fact]
    public void A_header_parameter_is_reported_rather_than_dropped() =>
        AssertSingle(
            Header + """
                paths:
                  /things:
                    get:
                      parameters:
                        - name: X-Request-Id
                          in: header
                          schema: {type: string}
                      responses:
                        '204': {description: None.}

                """,
            "IMG0008", 8, 11,
            "The header parameter 'X-Request-Id' at #/paths/~1things/get/parameters/0");

    [Fact]
    public void A_request_body_that_is_not_json_or_a_form_is_reported() =>
        AssertSingle(
            Header + """
                paths:
                  /things:
                    post:
                      requestBody:
                        content:
                          application/octet-stream:
                            schema: {type: string, format: binary}
                      responses:
                        '204': {description: None.}

                """,
            "IMG0008", 8, 9,
            "A request body of application/octet-stream at #/paths/~1things/post/requestBody");

    [Fact]
    public void An_inline_response_object_is_reported() =>
        AssertSingle(
            Header + """
                paths:
                  /things:
                    get:
                      responses:
                        '200':
                          description: A thing.
                          content:
                            application/json:
                              schema:
                                type: object
                                properties:
                                  name: {type: string}

                """,
            "IMG0008", 9, 11,
            "An inline object schema in a response at #/paths/~1things/get/responses/200");

    [Fact]
    public void A_segment_mixing_text_and_a_parameter_is_reported() =>
        AssertSingle(
            Header + """
                paths:
                  /files/{name}.json:
                    get:
                      parameters:
                        - {name: name, in: path, required: true, schema: {type: string}}
                      responses:
                        '204': {description: None.}

                """,
            "IMG0008", 6, 5,
            "The path segment '{name}.json' at #/paths/~1files~1{name}.json");

    [Fact]
    public void Two_segments_with_one_csharp_name_are_reported() =>
        AssertSingle(
            Header + """
                paths:
                  /order-items:
                    get:
                      responses:
                        '204': {description: None.}
                  /orderItems:
                    get:
                      responses:
                        '204': {description: None.}

                """,
            "IMG0007", 10, 5,
            "'orderItems' at #/paths/~1orderItems becomes the C# name 'OrderItemsRequestBuilder', which 'order-items' already has");

    [Fact]
    public void The_real_specs_need_nothing_unsupported()
    {
        Assert.Empty(GeneratorHarness.DiagnosticsOf(SpecFiles.OneAtlas));
        Assert.Empty(GeneratorHarness.DiagnosticsOf(SpecFiles.DataCosmos));
    }

    private static void AssertSingle(string spec, string id, int line, int column, string messageStart)
    {
        var diagnostic = Assert.Single(GeneratorHarness.DiagnosticsOf(spec));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (position.Line + 1, position.Character + 1));
        Assert.StartsWith(messageStart, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
