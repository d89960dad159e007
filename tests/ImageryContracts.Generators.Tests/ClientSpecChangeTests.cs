using ImageryContracts.Generators.Tests.TestHelpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageryContracts.Generators.Tests;

/// <summary>
/// An edit to the spec changes the client on the next run of the same driver, as on the next build: a new query
/// parameter, a new field and a new operation each appear in the generated code, which still compiles.
/// </summary>
public sealed class ClientSpecChangeTests
{
    private const string OrdersBuilder = "ImageryContracts.OneAtlas.Api.V1.Orders.OrdersRequestBuilder.g.cs";
    private const string OrderItemBuilder = "ImageryContracts.OneAtlas.Api.V1.Orders.Item.OrderItemRequestBuilder.g.cs";
    private const string OrderModel = "ImageryContracts.OneAtlas.Models.Order.g.cs";

    [Fact]
    public void Adding_a_query_parameter_adds_it_to_the_template_and_the_query_parameters_class()
    {
        var edited = Insert(SpecFiles.OneAtlas, "      responses:\n        '200':\n          description: One page of orders.", """
                    - name: sortBy
                      in: query
                      required: false
                      description: The field to sort by.
                      schema:
                        type: string

            """);

        var (before, after) = RunBeforeAndAfter(edited);

        Assert.DoesNotContain("sortBy", before[OrdersBuilder]);
        Assert.Contains("{+baseurl}/api/v1/orders{?itemsPerPage*,kind*,page*,sortBy*,status*,tags*}", after[OrdersBuilder]);
        Assert.Contains("[QueryParameter(\"sortBy\")]", after[OrdersBuilder]);
        Assert.Contains("public string? SortBy { get; set; }", after[OrdersBuilder]);
    }

    [Fact]
    public void Adding_a_field_adds_a_property_with_its_deserializer_and_writer()
    {
        var edited = Insert(SpecFiles.OneAtlas, "        _links:\n          $ref: '#/components/schemas/OrderLinks'\n          description: Related resources (HAL links).\n        id:", """
                    customerReference:
                      type: string
                      description: The caller's own reference for the order.

            """, before: false, anchorEnd: "description: Related resources (HAL links).\n");

        var (before, after) = RunBeforeAndAfter(edited);

        Assert.DoesNotContain("CustomerReference", before[OrderModel]);
        Assert.Contains("public string? CustomerReference", after[OrderModel]);
        Assert.Contains("{ \"customerReference\", n => { CustomerReference = n.GetStringValue();", after[OrderModel]);
        Assert.Contains("writer.WriteStringValue(\"customerReference\", CustomerReference);", after[OrderModel]);
    }

    [Fact]
    public void Adding_an_operation_adds_its_executor_and_request_information()
    {
        var edited = Insert(SpecFiles.OneAtlas, "  /api/v1/orders/{orderId}/cancel:", """
                delete:
                  operationId: deleteOrder
                  summary: Delete an order
                  description: Deletes an order that was never delivered.
                  responses:
                    '204':
                      description: Deleted.
                    '4XX':
                      description: Refused.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/ApiError'

            """);

        var (before, after) = RunBeforeAndAfter(edited);

        Assert.DoesNotContain("DeleteAsync", before[OrderItemBuilder]);
        Assert.Contains("public async Task DeleteAsync(Action<RequestConfiguration<DefaultQueryParameters>>? requestConfiguration = default, CancellationToken cancellationToken = default)", after[OrderItemBuilder]);
        Assert.Contains("private static readonly Dictionary<string, ParsableFactory<IParsable>> DeleteErrorMapping = new Dictionary<string, ParsableFactory<IParsable>>", after[OrderItemBuilder]);
        Assert.Contains("await RequestAdapter.SendNoContentAsync(requestInfo, DeleteErrorMapping, cancellationToken).ConfigureAwait(false);", after[OrderItemBuilder]);
        Assert.Contains("var requestInfo = new RequestInformation(Method.DELETE, UrlTemplate, PathParameters);", after[OrderItemBuilder]);
    }

    /// <summary>Runs the generator on the real spec, then replaces the spec with the edit and runs the same driver again.</summary>
    private static (Dictionary<string, string> Before, Dictionary<string, string> After) RunBeforeAndAfter(string editedSpec)
    {
        var original = new InMemoryAdditionalText(SpecFiles.OneAtlasPath, SpecFiles.OneAtlas);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ImageryGenerator().AsSourceGenerator()],
            [original],
            GeneratorHarness.ParseOptions,
            new SpecOptionsProvider(SpecFiles.Metadata));
        var compilation = GeneratorHarness.Compilation();

        driver = driver.RunGenerators(compilation);
        var before = SourcesOf(driver);
        driver = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(SpecFiles.OneAtlasPath, editedSpec));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        return (before, SourcesOf(driver));
    }

    private static Dictionary<string, string> SourcesOf(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The spec with <paramref name="text"/> inserted before (or after) the first occurrence of an anchor.</summary>
    private static string Insert(string spec, string anchor, string text, bool before = true, string? anchorEnd = null)
    {
        var normalized = spec.Replace("\r\n", "\n");
        var index = normalized.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(index >= 0, $"The spec no longer contains the anchor '{anchor}'; update the test.");
        if (!before)
        {
            index = normalized.IndexOf(anchorEnd ?? anchor, index, StringComparison.Ordinal) + (anchorEnd ?? anchor).Length;
        }

        return normalized.Insert(index, text.Replace("\r\n", "\n"));
    }
}
