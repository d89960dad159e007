using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ImageryContracts.Analyzers.CodeFixes.Fixers;

/// <summary>
/// IMG1006: replaces a wire string literal with <c>Enum.Member.ToWireValue()</c>, so the string stays a string where
/// the API needs one and the compiler checks the value. The enum's namespace is imported when it is not yet.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WireValueToEnumMemberFixer))]
[Shared]
public sealed class WireValueToEnumMemberFixer : CodeFixProvider
{
    private const string ToWireValue = "ToWireValue";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RawWireValue);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.EnumType, out var typeName)
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.EnumMember, out var member)
                || typeName is null || member is null
                || model.Compilation.GetTypeByMetadataName(typeName) is not { } enumType
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {enumType.Name}.{member}.ToWireValue()",
                    cancellation => ReplaceAsync(document, literal, enumType, member, cancellation),
                    equivalenceKey: RuleIds.RawWireValue),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, ITypeSymbol enumType, string member, CancellationToken cancellation)
    {
        var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
        {
            return document;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var wireValue = generator.InvocationExpression(
            generator.MemberAccessExpression(
                generator.MemberAccessExpression(generator.TypeExpression(enumType), member),
                ToWireValue));
        unit = unit.ReplaceNode(literal, wireValue.WithTriviaFrom(literal).WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation));

        // ToWireValue() is an extension method: it binds only where the enum's namespace is imported.
        var extensionInScope = model.LookupSymbols(literal.SpanStart, enumType, ToWireValue, includeReducedExtensionMethods: true).Length > 0;
        if (!extensionInScope)
        {
            var newLine = SyntaxFactory.EndOfLine(unit.ToFullString().Contains("\r\n") ? "\r\n" : "\n");
            var import = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(enumType.ContainingNamespace.ToDisplayString()));
            unit = unit.AddUsings(unit.Usings.Count == 0 ? import.WithTrailingTrivia(newLine, newLine) : import.WithTrailingTrivia(newLine));
        }

        return document.WithSyntaxRoot(unit);
    }
}
