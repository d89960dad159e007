namespace ImageryContracts.Generators.Helpers;

/// <summary>Escapes spec text for XML documentation comments.</summary>
public static class XmlDoc
{
    /// <summary>Escapes the characters XML gives meaning to.</summary>
    /// <param name="text">Plain text from the spec.</param>
    /// <returns>The text safe inside an XML doc element.</returns>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
