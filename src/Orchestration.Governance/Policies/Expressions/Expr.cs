namespace Orchestration.Governance.Policies.Expressions;

/// <summary>A node of a parsed policy expression. Immutable, so one parsed bundle serves every evaluation.</summary>
/// <param name="Column">Where the node starts in the expression text, for messages.</param>
internal abstract record Expr(int Column);

/// <summary>A literal: a decimal number, a string, a boolean or null.</summary>
internal sealed record LiteralExpr(object? Value, int Column) : Expr(Column);

/// <summary>A field path over the decision input (<c>input.supplier.id</c>, <c>input.lines[0]</c>) or a data set (<c>data.sanctions</c>).</summary>
internal sealed record PathExpr(string Root, IReadOnlyList<object> Segments, int Column) : Expr(Column)
{
    public string Text => Root + string.Concat(Segments.Select(segment => segment is int index ? $"[{index}]" : $".{segment}"));
}

/// <summary>A list written in the expression: <c>['EUR', 'USD']</c>.</summary>
internal sealed record ListExpr(IReadOnlyList<Expr> Items, int Column) : Expr(Column);

/// <summary>A unary operator: <c>not</c> or <c>-</c>.</summary>
internal sealed record UnaryExpr(string Operator, Expr Operand, int Column) : Expr(Column);

/// <summary>A binary operator: comparison, arithmetic, membership or a logical connective.</summary>
internal sealed record BinaryExpr(string Operator, Expr Left, Expr Right, int Column) : Expr(Column);

/// <summary>A call of one of the built-in functions.</summary>
internal sealed record CallExpr(string Function, IReadOnlyList<Expr> Arguments, int Column) : Expr(Column);
