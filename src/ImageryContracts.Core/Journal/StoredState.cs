namespace ImageryContracts.Journal;

/// <summary>How stores write <see cref="OrderIntentState"/>: its lower-case name, readable in the database itself.</summary>
public static class StoredState
{
    /// <summary>The stored text of a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns><c>pending</c>, <c>placed</c>, <c>unknown</c> or <c>refused</c>.</returns>
    public static string Of(OrderIntentState state) => state switch
    {
        OrderIntentState.Pending => "pending",
        OrderIntentState.Placed => "placed",
        OrderIntentState.Unknown => "unknown",
        OrderIntentState.Refused => "refused",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a state of an order intent."),
    };

    /// <summary>Reads a stored state.</summary>
    /// <param name="stored">The stored text.</param>
    /// <returns>The state.</returns>
    /// <exception cref="FormatException">The text is not a state this version knows; the journal was written by something else.</exception>
    public static OrderIntentState Parse(string stored) => stored switch
    {
        "pending" => OrderIntentState.Pending,
        "placed" => OrderIntentState.Placed,
        "unknown" => OrderIntentState.Unknown,
        "refused" => OrderIntentState.Refused,
        _ => throw new FormatException($"The journal holds the state '{stored}', which is not one of pending, placed, unknown, refused; was the table written by another program?"),
    };
}
