using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ImageryContracts.Analyzers.Descriptors;
using ImageryContracts.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImageryContracts.Analyzers.CodeFixes.Fixers;

/// <summary>IMG1007: sets a <c>[MustEqual]</c> property to the only value the vendor accepts.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MustEqualFixer))]
[Shared]
public sealed class MustEqualFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.MustEqual);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Literal, out var literal)
                || literal is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Set to {literal}",
                    _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(value, SyntaxFactory.ParseExpression(literal).WithTriviaFrom(value)))),
                    equivalenceKey: RuleIds.MustEqual),
                diagnostic);
        }
    }
}
