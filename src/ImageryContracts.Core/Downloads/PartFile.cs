using System.Buffers;
using System.Security.Cryptography;

namespace ImageryContracts.Downloads;

/// <summary>
/// The bytes of one download before they are verified: <c>target.part</c>, opened exclusively, with its
/// <see cref="PartValidator"/> beside it, and hashed as it grows once someone expects an MD5 (hashing costs about as
/// much CPU as the download itself, so a file nobody can check is not hashed). <see cref="Commit"/> gives it the final name in one rename;
/// disposing it without a commit leaves it for the next call to resume.
/// </summary>
internal sealed class PartFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly IncrementalHash _md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
    private readonly string _targetPath;
    private readonly string _validatorPath;
    private bool _hashing;

    private PartFile(FileStream stream, string targetPath, string partPath)
    {
        _stream = stream;
        _targetPath = targetPath;
        PartPath = partPath;
        _validatorPath = partPath + ".json";
    }

    /// <summary>The partial file's path.</summary>
    public string PartPath { get; }

    /// <summary>The bytes written so far.</summary>
    public long Length { get; private set; }

    /// <summary>What identifies the file these bytes belong to; null while there are none.</summary>
    public PartValidator? Validator { get; private set; }

    /// <summary>
    /// Opens the partial file of <paramref name="request"/>, creating its folder. Bytes an earlier call left are kept
    /// only when their validator was kept too; otherwise nothing could vouch for them and they are dropped.
    /// </summary>
    /// <exception cref="IOException">Another download holds the partial file, or the disk failed.</exception>
    public static PartFile Open(DownloadRequest request)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(request.TargetPath)!);
        FileStream stream;
        try
        {
            stream = new FileStream(request.PartPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (IOException exception) when (File.Exists(request.PartPath))
        {
            throw new IOException($"{request.PartPath} is held by another download of {request.TargetPath}; let that one finish, or download to another folder.", exception);
        }

        var part = new PartFile(stream, request.TargetPath, request.PartPath);
        try
        {
            var validator = PartValidator.Read(part._validatorPath);
            if (stream.Length > 0 && validator is not null)
            {
                part.Length = stream.Length;
                part.Validator = validator;
                stream.Position = stream.Length;
            }
            else
            {
                part.StartOver(null);
            }

            return part;
        }
        catch
        {
            part.Dispose();
            throw;
        }
    }

    /// <summary>Drops every byte and notes which file the next ones belong to (null: not yet known).</summary>
    public void StartOver(PartValidator? validator)
    {
        _stream.SetLength(0);
        _stream.Position = 0;
        _md5.GetHashAndReset();
        Length = 0;
        Validator = validator;
        if (validator is null)
        {
            File.Delete(_validatorPath);
        }
        else
        {
            validator.Write(_validatorPath);
        }
    }

    /// <summary>Fills in what the validator did not know yet from a response that continues the same file.</summary>
    public void Adopt(PartValidator server)
    {
        var known = Validator!;
        var merged = new PartValidator(known.Length ?? server.Length, known.ETag ?? server.ETag, known.Md5 ?? server.Md5);
        if (merged != known)
        {
            Validator = merged;
            merged.Write(_validatorPath);
        }
    }

    /// <summary>Appends bytes, hashing them once hashing has started.</summary>
    public async ValueTask AppendAsync(ReadOnlyMemory<byte> bytes)
    {
        // Not cancellable: a write the caller's cancellation cut short would leave bytes on disk that the hash and
        // the length do not count. A local write is short.
        await _stream.WriteAsync(bytes, CancellationToken.None).ConfigureAwait(false);
        if (_hashing)
        {
            _md5.AppendData(bytes.Span);
        }

        Length += bytes.Length;
    }

    /// <summary>Hashes every byte from now on, reading those already on disk through the hash first.</summary>
    public async Task StartHashingAsync(int bufferSize, CancellationToken cancellationToken)
    {
        if (_hashing)
        {
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        try
        {
            _stream.Position = 0;
            for (var position = 0L; position < Length;)
            {
                var read = await _stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(bufferSize, Length - position)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new IOException($"{PartPath} is shorter than the {Length} bytes written to it; something else changed it. Delete it and download again.");
                }

                _md5.AppendData(buffer, 0, read);
                position += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _stream.Position = Length;
        }

        _hashing = true;
    }

    /// <summary>The MD5 of the bytes so far, lower-case hex, or null when they were not hashed.</summary>
    public string? Md5Hex() => _hashing ? Convert.ToHexString(_md5.GetCurrentHash()).ToLowerInvariant() : null;

    /// <summary>Closes the partial file and renames it to the final name in one step, replacing any file there.</summary>
    public void Commit(bool flushToDisk)
    {
        _stream.Flush(flushToDisk);
        _stream.Dispose();
        File.Move(PartPath, _targetPath, overwrite: true);
        File.Delete(_validatorPath);
    }

    /// <summary>Closes and deletes the partial file and its validator: its bytes are not the file wanted.</summary>
    public void Discard()
    {
        _stream.Dispose();
        File.Delete(PartPath);
        File.Delete(_validatorPath);
    }

    /// <summary>Closes the partial file, keeping it and its validator for the next call.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        _md5.Dispose();
    }
}
