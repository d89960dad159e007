using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// What a callback analyzes and where it may report. A diagnostic belongs to the operation whose callback reports it:
/// one outside that operation's syntax is "non-local", which the IDE neither shows while editing nor offers fixes
/// for. So a rule that reads a creation's setup (<see cref="ObjectSetup"/>) also runs on each setup statement: the
/// creation's callback reports what lies in the creation, the statement's callback what lies in the statement.
/// </summary>
internal readonly struct ReportScope
{
    private readonly SyntaxNode _scope;

    private ReportScope(IOperation analyzed, SyntaxNode scope)
    {
        Analyzed = analyzed;
        _scope = scope;
    }

    /// <summary>The operation to analyze: the callback's own, or the creation a setup statement belongs to.</summary>
    public IOperation Analyzed { get; }

    /// <summary>The scope of a callback; <see langword="null"/> for a statement that sets up no creation.</summary>
    public static ReportScope? Of(IOperation operation) => operation switch
    {
        IExpressionStatementOperation statement => ObjectSetup.CreationSetBy(statement) is { } creation ? new ReportScope(creation, statement.Syntax) : null,
        _ => new ReportScope(operation, operation.Syntax),
    };

    /// <summary>Whether a diagnostic at this node is this callback's to report: the callback whose syntax holds it reports it.</summary>
    public bool Holds(SyntaxNode node) => _scope.Span.Contains(node.Span);
}
