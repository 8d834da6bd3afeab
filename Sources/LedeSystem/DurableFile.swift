#if canImport(Glibc)
import Glibc
#endif

/// Why a durable file operation failed: the step and the `errno` it left.
package struct FileSystemError: Error, Sendable, CustomStringConvertible {
    package var operation: String
    package var path: String
    package var code: Int32
    package var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
}

/// Crash-safe replacement of one file in a folder: write a temporary file next to it,
/// fsync it, rename it over the target, fsync the folder. After a crash at any step
/// the folder holds the old file or the new one, never a torn one (POSIX rename is
/// atomic; the folder fsync makes the rename itself durable).
package enum DurableFile {
    /// Atomically and durably replaces (or creates) `directory/name` with `bytes`,
    /// staging through `directory/temporaryName`.
    package static func write(_ bytes: [UInt8], directory: String, name: String, temporaryName: String)
        throws(FileSystemError)
    {
        let temporary = directory + "/" + temporaryName
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemError(operation: "open", path: temporary, code: errno) }
        var failure: FileSystemError?
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = FileSystemError(operation: "write", path: temporary, code: errno)
                    return
                }
                written += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = FileSystemError(operation: "fsync", path: temporary, code: errno) }
        if close(fd) != 0, failure == nil { failure = FileSystemError(operation: "close", path: temporary, code: errno) }
        if failure == nil, rename(temporary, directory + "/" + name) != 0 {
            failure = FileSystemError(operation: "rename", path: temporary, code: errno)
        }
        if let failure {
            unlink(temporary)
            throw failure
        }
        try syncDirectory(directory)
    }

    /// Durably removes `directory/name` (unlink, then fsync of the folder).
    package static func remove(directory: String, name: String) throws(FileSystemError) {
        let path = directory + "/" + name
        guard unlink(path) == 0 else { throw FileSystemError(operation: "unlink", path: path, code: errno) }
        try syncDirectory(directory)
    }

    private static func syncDirectory(_ directory: String) throws(FileSystemError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError(operation: "open", path: directory, code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw FileSystemError(operation: "fsync", path: directory, code: errno) }
    }
}
