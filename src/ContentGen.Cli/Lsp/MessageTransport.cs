using System.Globalization;
using System.Text;

namespace ContentGen.Cli.Lsp;

/// <summary>
/// The base protocol: each message is a header block (<c>Content-Length: n</c>, optionally <c>Content-Type</c>) ended
/// by an empty line, then n bytes of UTF-8 JSON. Reads from one stream, writes to another (stdin and stdout).
/// </summary>
internal sealed class MessageTransport(Stream input, Stream output, TextWriter log)
{
    /// <summary>Messages larger than this are refused (and skipped), so a bad header cannot make the server allocate gigabytes.</summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    private readonly Stream _input = new BufferedStream(input, 64 * 1024);
    private readonly object _writeLock = new();

    /// <summary>
    /// The next message's body, or null at the end of the input. A header block without a usable Content-Length is
    /// logged and skipped: the next header block may still be good.
    /// </summary>
    public byte[]? Read()
    {
        while (true)
        {
            int? length = null;
            var sawHeader = false;
            while (true)
            {
                var line = ReadHeaderLine();
                if (line is null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    if (sawHeader)
                    {
                        break;
                    }

                    continue; // blank lines between messages
                }

                sawHeader = true;
                var colon = line.IndexOf(':');
                if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    if (int.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0)
                    {
                        length = n;
                    }
                }
            }

            if (length is not { } size)
            {
                log.WriteLine("contentgen lsp: a message header has no valid Content-Length; skipped");
                continue;
            }

            if (size > MaxMessageBytes)
            {
                log.WriteLine($"contentgen lsp: a message of {size} bytes is over the limit of {MaxMessageBytes}; skipped");
                if (!Skip(size))
                {
                    return null;
                }

                continue;
            }

            var body = new byte[size];
            var read = 0;
            while (read < size)
            {
                var n = _input.Read(body, read, size - read);
                if (n == 0)
                {
                    log.WriteLine("contentgen lsp: the input ended inside a message");
                    return null;
                }

                read += n;
            }

            return body;
        }
    }

    public void Write(ReadOnlySpan<byte> json)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n");
        lock (_writeLock)
        {
            output.Write(header);
            output.Write(json);
            output.Flush();
        }
    }

    /// <summary>One header line without its line break (CRLF or LF), or null at the end of the input.</summary>
    private string? ReadHeaderLine()
    {
        var bytes = new List<byte>(32);
        while (true)
        {
            var b = _input.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.ASCII.GetString(bytes.ToArray());
            }

            if (b == '\n')
            {
                if (bytes.Count > 0 && bytes[^1] == '\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.ASCII.GetString(bytes.ToArray());
            }

            if (bytes.Count < 8 * 1024)
            {
                bytes.Add((byte)b);
            }
        }
    }

    private bool Skip(int size)
    {
        var buffer = new byte[64 * 1024];
        while (size > 0)
        {
            var n = _input.Read(buffer, 0, Math.Min(buffer.Length, size));
            if (n == 0)
            {
                return false;
            }

            size -= n;
        }

        return true;
    }
}
