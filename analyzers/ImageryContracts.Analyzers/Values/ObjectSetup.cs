using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ImageryContracts.Analyzers.Values;

/// <summary>
/// The member assignments that set up a new object: those of its object initializer, then, when the creation is
/// stored in a local, the statements right after it in the same block that set that local's members
/// (<c>var p = new Product(); p.ProductType = …; p.RadiometricProcessing = …;</c>).
/// </summary>
/// <remarks>
/// The statements are read as IDE0017 ("use object initializer") reads them, so what they set is what the initializer
/// IDE0017 would fold them into sets: the run stops at the first statement that is not an assignment to a member of
/// the local (any other use of it, a branch, anything else), at an assignment whose value mentions the local, and
/// before a member is set a second time. Enumerating allocates nothing.
/// </remarks>
internal readonly struct ObjectSetup
{
    private readonly IObjectOrCollectionInitializerOperation? _initializer;
    private readonly IBlockOperation? _block;
    private readonly int _next;
    private readonly ILocalSymbol? _local;

    private ObjectSetup(IObjectOrCollectionInitializerOperation? initializer, IBlockOperation? block, int next, ILocalSymbol? local)
    {
        _initializer = initializer;
        _block = block;
        _next = next;
        _local = local;
    }

    /// <summary>The setup of an object creation: its initializer and the statements that follow it.</summary>
    public static ObjectSetup Of(IObjectCreationOperation creation)
    {
        // Only a creation that is the whole right-hand side of a declaration or assignment can be stored in a local;
        // the syntax says so without walking the operation tree.
        var syntax = creation.Syntax.Parent;
        while (syntax is ParenthesizedExpressionSyntax)
        {
            syntax = syntax.Parent;
        }

        if (syntax is not (EqualsValueClauseSyntax or AssignmentExpressionSyntax))
        {
            return new ObjectSetup(creation.Initializer, null, 0, null);
        }

        IOperation stored = creation;
        while (stored.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            stored = stored.Parent;
        }

        var (local, statement) = stored.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var declared, Parent.Parent: IVariableDeclarationGroupOperation group } } => (declared, (IOperation)group),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target, Parent: IExpressionStatementOperation expression } assignment when assignment.Value == stored => (target.Local, expression),
            _ => (null, null),
        };
        if (local is null || local.IsRef || statement?.Parent is not IBlockOperation block)
        {
            return new ObjectSetup(creation.Initializer, null, 0, null);
        }

        return new ObjectSetup(creation.Initializer, block, block.Operations.IndexOf(statement) + 1, local);
    }

    /// <summary>The setup of a <c>with</c> expression or another initializer that is not stored first: the initializer alone.</summary>
    public static ObjectSetup Of(IObjectOrCollectionInitializerOperation? initializer) => new(initializer, null, 0, null);

    /// <summary>
    /// The creation whose setup a statement (<c>p.Member = value;</c>) belongs to, found by walking back over the run
    /// of statements before it; <see langword="null"/> when it belongs to none.
    /// </summary>
    public static IObjectCreationOperation? CreationSetBy(IExpressionStatementOperation statement)
    {
        if (statement is not { Operation: ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation { Local: var local } } } assignment }
            || statement.Parent is not IBlockOperation block)
        {
            return null;
        }

        for (var index = block.Operations.IndexOf(statement) - 1; index >= 0; index--)
        {
            var earlier = block.Operations[index];
            if (CreationStoredIn(earlier, local) is { } creation)
            {
                foreach (var set in Of(creation))
                {
                    if (set == assignment)
                    {
                        return creation;
                    }
                }

                return null;
            }

            if (MemberAssignment(earlier, local) is null)
            {
                return null;
            }
        }

        return null;
    }

    public Enumerator GetEnumerator() => new(this);

    private static IObjectCreationOperation? CreationStoredIn(IOperation statement, ILocalSymbol local)
    {
        var value = statement switch
        {
            IVariableDeclarationGroupOperation group => DeclaredValue(group, local),
            IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment }
                when SymbolEqualityComparer.Default.Equals(target.Local, local) => assignment.Value,
            _ => null,
        };
        return value is null ? null : ConstantValues.StripConversions(value) as IObjectCreationOperation;
    }

    private static IOperation? DeclaredValue(IVariableDeclarationGroupOperation group, ILocalSymbol local)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                if (SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
                {
                    return declarator.Initializer?.Value;
                }
            }
        }

        return null;
    }

    /// <summary>The assignment a statement is when it is <c>local.Member = value;</c>.</summary>
    private static ISimpleAssignmentOperation? MemberAssignment(IOperation statement, ILocalSymbol local) =>
        statement is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: ILocalReferenceOperation instance } } assignment }
        && SymbolEqualityComparer.Default.Equals(instance.Local, local)
            ? assignment
            : null;

    private static bool Mentions(SyntaxNode value, string name)
    {
        foreach (var node in value.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? MemberOf(ISimpleAssignmentOperation assignment) =>
        assignment.Target is IMemberReferenceOperation member ? member.Member : null;

    /// <summary>Walks the initializer's assignments, then the run of statements.</summary>
    public struct Enumerator
    {
        private readonly ObjectSetup _setup;
        private int _initializerIndex;
        private int _statementIndex;

        public Enumerator(ObjectSetup setup)
        {
            _setup = setup;
            _initializerIndex = -1;
            _statementIndex = setup._next - 1;
            Current = null!;
        }

        public ISimpleAssignmentOperation Current { get; private set; }

        public bool MoveNext()
        {
            var initializers = _setup._initializer is { } initializer ? initializer.Initializers : ImmutableArray<IOperation>.Empty;
            while (++_initializerIndex < initializers.Length)
            {
                if (initializers[_initializerIndex] is ISimpleAssignmentOperation assignment)
                {
                    Current = assignment;
                    return true;
                }
            }

            if (_setup._block is not { } block || ++_statementIndex >= block.Operations.Length
                || MemberAssignment(block.Operations[_statementIndex], _setup._local!) is not { } statement
                || Mentions(statement.Value.Syntax, _setup._local!.Name)
                || IsSetBefore(MemberOf(statement)))
            {
                // The run is over: later statements are not read even if they match again.
                _initializerIndex = initializers.Length;
                _statementIndex = int.MaxValue - 1;
                return false;
            }

            Current = statement;
            return true;
        }

        private readonly bool IsSetBefore(ISymbol? member)
        {
            foreach (var initializer in _setup._initializer is { } initialized ? initialized.Initializers : ImmutableArray<IOperation>.Empty)
            {
                if (initializer is ISimpleAssignmentOperation assignment && SymbolEqualityComparer.Default.Equals(MemberOf(assignment), member))
                {
                    return true;
                }
            }

            for (var index = _setup._next; index < _statementIndex; index++)
            {
                if (SymbolEqualityComparer.Default.Equals(MemberOf((ISimpleAssignmentOperation)((IExpressionStatementOperation)_setup._block!.Operations[index]).Operation), member))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
