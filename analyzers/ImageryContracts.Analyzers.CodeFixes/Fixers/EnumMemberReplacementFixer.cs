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

/// <summary>
/// Swaps an enum member for the one the analyzer chose: the <c>[AlternativeValue]</c> whose sensors fit the rest of the
/// request (IMG1001), or the <c>ReplacedBy</c> value of a deprecated member (IMG1002). The member is renamed where it is
/// written, so qualification and trivia stay as they were.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnumMemberReplacementFixer))]
[Shared]
public sealed class EnumMemberReplacementFixer : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIds.IncompatibleSensors, RuleIds.DeprecatedValue);

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
            for (var index = 0; index < diagnostic.AdditionalLocations.Count; index++)
            {
                var location = diagnostic.AdditionalLocations[index];
                if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ReplacementAt(index), out var replacement)
                    || replacement is null
                    || location.SourceTree != root.SyntaxTree
                    || MemberName(root.FindNode(location.SourceSpan, getInnermostNodeForTie: true)) is not { } name)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {replacement} instead of {name.Identifier.ValueText}",
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(name, SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(name)))),
                        equivalenceKey: $"{diagnostic.Id}:{replacement}"),
                    diagnostic);
            }
        }
    }

    private static IdentifierNameSyntax? MemberName(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name,
        IdentifierNameSyntax name => name,
        _ => null,
    };
}
