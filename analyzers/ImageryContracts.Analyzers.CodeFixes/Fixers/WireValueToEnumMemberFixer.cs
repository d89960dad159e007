using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
                || typeName is null
                || model.Compilation.GetTypeByMetadataName(typeName) is not { } enumType)
            {
                continue;
            }

            foreach (var action in Replacements.Of(diagnostic, root))
            {
                var literals = action.Select(r => (Literal: r.Node as LiteralExpressionSyntax, r.Member)).ToList();
                if (literals.Any(l => l.Literal is null))
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + string.Join(" and ", literals.Select(l => $"{enumType.Name}.{l.Member}.ToWireValue()")),
                        cancellation => ReplaceAsync(document, literals.Select(l => (l.Literal!, l.Member)).ToList(), enumType, cancellation),
                        equivalenceKey: RuleIds.RawWireValue),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, List<(LiteralExpressionSyntax Literal, string Member)> literals, ITypeSymbol enumType, CancellationToken cancellation)
    {
        var root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax unit || model is null)
        {
            return document;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        unit = unit.ReplaceNodes(
            literals.Select(l => l.Literal),
            (literal, _) => generator.InvocationExpression(
                    generator.MemberAccessExpression(
                        generator.MemberAccessExpression(generator.TypeExpression(enumType), literals.First(l => l.Literal == literal).Member),
                        ToWireValue))
                .WithTriviaFrom(literal)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation));

        // ToWireValue() is an extension method: it binds only where the enum's namespace is imported.
        var extensionInScope = model.LookupSymbols(literals[0].Literal.SpanStart, enumType, ToWireValue, includeReducedExtensionMethods: true).Length > 0;
        if (!extensionInScope)
        {
            var newLine = SyntaxFactory.EndOfLine(unit.ToFullString().Contains("\r\n") ? "\r\n" : "\n");
            var import = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(enumType.ContainingNamespace.ToDisplayString()));
            unit = unit.AddUsings(unit.Usings.Count == 0 ? import.WithTrailingTrivia(newLine, newLine) : import.WithTrailingTrivia(newLine));
        }

        return document.WithSyntaxRoot(unit);
    }
}
