using System.Text.Json;

namespace ImageryContracts.Serialization;

/// <summary>Reads one value of type <typeparamref name="T"/> from the reader's current token, or says it cannot.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="reader">The reader, on the value's first token; left on its last when the value was read.</param>
/// <param name="value">The value, when it could be read.</param>
/// <returns>Whether the token holds a <typeparamref name="T"/>.</returns>
public delegate bool JsonScalarReader<T>(ref Utf8JsonReader reader, out T value);
