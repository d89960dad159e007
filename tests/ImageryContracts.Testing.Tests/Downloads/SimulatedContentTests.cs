using System.Security.Cryptography;
using ImageryContracts.Testing.Downloads;

namespace ImageryContracts.Testing.Tests.Downloads;

public sealed class SimulatedContentTests
{
    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        var first = Bytes(new SimulatedContent(7, 100_000));
        var again = Bytes(new SimulatedContent(7, 100_000));
        var other = Bytes(new SimulatedContent(8, 100_000));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.InRange(first.Zip(other).Count(pair => pair.First == pair.Second), 0, first.Length / 100);
    }

    [Fact]
    public void Any_range_equals_the_same_slice_of_the_whole_content()
    {
        var content = new SimulatedContent(-3, 70_001);
        var whole = Bytes(content);
        var random = new Random(11);
        for (var trial = 0; trial < 500; trial++)
        {
            var offset = random.Next(0, (int)content.Length + 1);
            var length = random.Next(0, (int)content.Length - offset + 1);
            var part = new byte[length];

            content.Fill(offset, part);

            Assert.True(whole.AsSpan(offset, length).SequenceEqual(part), $"bytes {offset}..{offset + length} differ");
        }
    }

    [Fact]
    public void The_md5_is_the_md5_of_the_bytes_and_does_not_depend_on_block_boundaries()
    {
        foreach (var length in new long[] { 0, 1, 65_535, 65_536, 65_537, 300_001 })
        {
            var content = new SimulatedContent(42, length);

            Assert.Equal(Convert.ToHexStringLower(MD5.HashData(Bytes(content))), content.Md5Hex);
        }
    }

    [Fact]
    public void A_key_picks_the_same_content_every_time()
    {
        Assert.Equal(SimulatedContent.FromKey("item-1", 10), SimulatedContent.FromKey("item-1", 10));
        Assert.NotEqual(SimulatedContent.FromKey("item-1", 10).Seed, SimulatedContent.FromKey("item-2", 10).Seed);
    }

    [Fact]
    public void A_range_outside_the_content_and_a_negative_length_are_refused()
    {
        var content = new SimulatedContent(1, 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => content.Fill(5, new byte[6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => content.Fill(-1, new byte[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatedContent(1, -1));
    }

    internal static byte[] Bytes(SimulatedContent content, long offset = 0, long? count = null)
    {
        var bytes = new byte[count ?? content.Length - offset];
        content.Fill(offset, bytes);
        return bytes;
    }
}
