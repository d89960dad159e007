using System.Collections.Generic;
using ImageryContracts.Analyzers.Descriptors;
using Microsoft.CodeAnalysis;

namespace ImageryContracts.Analyzers.CodeFixes.Fixers;

/// <summary>
/// Reads what a diagnostic asks to rewrite (<see cref="DiagnosticProperties"/>): the node at each additional location
/// and the enum member to put there, grouped into the code actions they belong to, in order.
/// </summary>
internal static class Replacements
{
    public static List<List<(SyntaxNode Node, string Member)>> Of(Diagnostic diagnostic, SyntaxNode root)
    {
        var actions = new List<List<(SyntaxNode Node, string Member)>>();
        var actionOfFirstLocation = new Dictionary<int, List<(SyntaxNode Node, string Member)>>();
        for (var index = 0; index < diagnostic.AdditionalLocations.Count; index++)
        {
            var location = diagnostic.AdditionalLocations[index];
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ReplacementAt(index), out var member)
                || member is null
                || location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var first = diagnostic.Properties.TryGetValue(DiagnosticProperties.FixAt(index), out var fix) && int.TryParse(fix, out var parsed) ? parsed : index;
            if (!actionOfFirstLocation.TryGetValue(first, out var action))
            {
                actionOfFirstLocation[first] = action = [];
                actions.Add(action);
            }

            action.Add((root.FindNode(location.SourceSpan, getInnermostNodeForTie: true), member));
        }

        return actions;
    }
}
