using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using ImageryContracts.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImageryContracts.Analyzers.CodeFixes.Fixers;

/// <summary>
/// Swaps an enum member for the one the analyzer chose: the <c>[AlternativeValue]</c> whose sensors fit the rest of the
/// request (IMG1001; every branch of a conditional in one action), or the <c>ReplacedBy</c> value of a deprecated
/// member (IMG1002). The member is renamed where it is written, so qualification and trivia stay as they were.
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
            foreach (var action in Replacements.Of(diagnostic, root))
            {
                var swaps = action.Select(r => (Name: MemberName(r.Node), r.Member)).ToList();
                if (swaps.Any(s => s.Name is null))
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + string.Join(" and ", swaps.Select(s => $"{s.Member} instead of {s.Name!.Identifier.ValueText}")),
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNodes(
                            swaps.Select(s => s.Name!),
                            (original, _) => SyntaxFactory.IdentifierName(swaps.First(s => s.Name == original).Member).WithTriviaFrom(original)))),
                        equivalenceKey: $"{diagnostic.Id}:{string.Join("+", swaps.Select(s => s.Member))}"),
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
