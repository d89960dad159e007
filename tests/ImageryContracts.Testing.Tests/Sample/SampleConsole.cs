using Spectre.Console;

namespace ImageryContracts.Testing.Tests.Sample;

/// <summary>A Spectre console writing plain text into memory, as the sample writes when its output is redirected.</summary>
internal sealed class SampleConsole
{
    private readonly StringWriter _writer = new();

    public SampleConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        Console.Profile.Width = 200;
    }

    public IAnsiConsole Console { get; }

    public string Output => _writer.ToString();
}
