using System;
using System.Text;

namespace ImageryContracts.Generators.Helpers;

/// <summary>
/// Writes C# source line by line with indentation (the roslyn cookbook's advice over SyntaxFactory: cheaper, and
/// AddSource takes text anyway). Lines end with <c>\n</c> on every OS, so snapshots are byte-stable.
/// </summary>
public sealed class IndentedWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _depth;

    /// <summary>Writes one line at the current indentation; an empty line carries no indentation.</summary>
    /// <param name="line">The text of the line.</param>
    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>Writes each line of a multi-line block (fixed code, written as a raw string) at the current indentation.</summary>
    /// <param name="block">The lines, separated by <c>\n</c>.</param>
    public void Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }
    }

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed, which writes the closing brace.</summary>
    /// <param name="closing">The closing text, <c>}</c> or for example <c>};</c>.</param>
    /// <returns>The scope to dispose after the block's lines.</returns>
    public Block OpenBlock(string closing = "}")
    {
        Line("{");
        _depth++;
        return new Block(this, closing);
    }

    /// <summary>Writes each line of a multi-line text as a <c>///</c> comment line.</summary>
    /// <param name="tag">The XML doc tag, e.g. <c>summary</c>.</param>
    /// <param name="text">Plain text (escaped here).</param>
    public void DocTag(string tag, string text)
    {
        var lines = XmlDoc.Escape(text).Replace("\r\n", "\n").Trim().Split('\n');
        if (lines.Length == 1)
        {
            Line($"/// <{tag}>{lines[0].Trim()}</{tag}>");
            return;
        }

        Line($"/// <{tag}>");
        foreach (var line in lines)
        {
            Line(line.Trim().Length == 0 ? "/// <para/>" : "/// " + line.Trim());
        }

        Line($"/// </{tag}>");
    }

    /// <inheritdoc />
    public override string ToString() => _builder.ToString();

    /// <summary>An open brace block; disposing it closes the block.</summary>
    public readonly struct Block : IDisposable
    {
        private readonly IndentedWriter _writer;
        private readonly string _closing;

        internal Block(IndentedWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _writer._depth--;
            _writer.Line(_closing);
        }
    }
}
