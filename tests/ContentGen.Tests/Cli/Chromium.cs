using System.Diagnostics;
using System.IO.Compression;

namespace ContentGen.Tests.Cli;

/// <summary>Debian's headless Chromium, driven from the command line: the page as a browser parses it, and a screenshot.</summary>
public static class Chromium
{
    /// <summary>The browser on PATH, or null.</summary>
    public static string? Path { get; } = Find();

    public const string Missing = "Chromium is not installed, so the HTML report is not checked in a browser: apt-get install chromium (.ci/run installs it when it can)";

    /// <summary>The DOM after the browser parsed <paramref name="file"/>, serialized.</summary>
    public static string DumpDom(string file) => Run(["--dump-dom", new Uri(file).AbsoluteUri]);

    /// <summary>A screenshot of <paramref name="file"/> in a window of the given size, decoded to pixels.</summary>
    public static Png Screenshot(string file, int width, int height)
    {
        var png = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "screenshot.png");
        Run([$"--window-size={width},{height}", "--hide-scrollbars", $"--screenshot={png}", new Uri(file).AbsoluteUri]);
        return Png.Read(File.ReadAllBytes(png));
    }

    private static string Run(string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("contentgen-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--force-device-scale-factor=1", $"--user-data-dir={profile}" }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium timed out");
            }

            Assert.True(process.ExitCode == 0, $"chromium failed ({process.ExitCode}): {errors.Result}");
            return output.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    private static string? Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A test that needs a browser: skipped, saying why, only where Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.Missing;
        }
    }
}

/// <summary>The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes), enough to count colours.</summary>
public sealed class Png(int width, int height, byte[] rgb)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public (byte R, byte G, byte B) this[int x, int y] => (rgb[(y * Width + x) * 3], rgb[(y * Width + x) * 3 + 1], rgb[(y * Width + x) * 3 + 2]);

    /// <summary>How many pixels in columns [<paramref name="fromX"/>, <paramref name="toX"/>) are within <paramref name="tolerance"/> of the colour.</summary>
    public int Count(string hex, int fromX = 0, int toX = int.MaxValue, int tolerance = 3)
    {
        var (r, g, b) = (Convert.ToByte(hex[1..3], 16), Convert.ToByte(hex[3..5], 16), Convert.ToByte(hex[5..7], 16));
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = Math.Max(0, fromX); x < Math.Min(Width, toX); x++)
            {
                var p = this[x, y];
                if (Math.Abs(p.R - r) <= tolerance && Math.Abs(p.G - g) <= tolerance && Math.Abs(p.B - b) <= tolerance)
                {
                    count++;
                }
            }
        }

        return count;
    }

    public static Png Read(byte[] file)
    {
        Assert.True(file.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data);
                height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                channels = data[9] switch { 2 => 3, 6 => 4, var other => throw new NotSupportedException($"PNG colour type {other}") };
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        inflate.ReadExactly(raw);
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var i = 0; i < stride; i++)
            {
                var x = raw[y * (stride + 1) + 1 + i];
                int a = i >= channels ? pixels[y * stride + i - channels] : 0;
                int b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
                int c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels] : 0;
                pixels[y * stride + i] = (byte)(filter switch
                {
                    0 => x,
                    1 => x + a,
                    2 => x + b,
                    3 => x + (a + b) / 2,
                    4 => x + Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }

        var rgb = new byte[width * height * 3];
        for (var p = 0; p < width * height; p++)
        {
            rgb[p * 3] = pixels[p * channels];
            rgb[p * 3 + 1] = pixels[p * channels + 1];
            rgb[p * 3 + 2] = pixels[p * channels + 2];
        }

        return new Png(width, height, rgb);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
