import COpenSSL
import Glibc

/// Why a TLS context could not be built or a TLS session failed. Messages name the file
/// and carry OpenSSL's own reason strings, so an operator can act on them directly.
package enum TLSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The certificate chain file does not exist or cannot be read.
    case certificateUnreadable(path: String, reason: String)
    /// The private key file does not exist or cannot be read.
    case keyUnreadable(path: String, reason: String)
    /// OpenSSL rejected the certificate chain (not PEM, expired format, …).
    case certificateInvalid(path: String, reason: String)
    /// OpenSSL rejected the private key (not PEM, encrypted, …).
    case keyInvalid(path: String, reason: String)
    /// The private key does not belong to the certificate.
    case keyMismatch(certificate: String, key: String, reason: String)
    /// Building the `SSL_CTX`/`SSL` or applying a setting failed.
    case setup(String)
    /// The peer or OpenSSL failed the protocol (handshake failure, bad record, …).
    case ssl(String)
    /// The socket failed underneath OpenSSL (ECONNRESET, EPIPE, …).
    case syscall(errno: Int32)

    package var description: String {
        switch self {
        case .certificateUnreadable(let path, let reason): "TLS certificate '\(path)': \(reason)"
        case .keyUnreadable(let path, let reason): "TLS private key '\(path)': \(reason)"
        case .certificateInvalid(let path, let reason): "TLS certificate '\(path)' is not usable: \(reason)"
        case .keyInvalid(let path, let reason): "TLS private key '\(path)' is not usable: \(reason)"
        case .keyMismatch(let cert, let key, let reason):
            "TLS private key '\(key)' does not match certificate '\(cert)': \(reason)"
        case .setup(let reason): "TLS setup failed: \(reason)"
        case .ssl(let reason): "TLS error: \(reason)"
        case .syscall(let code): "TLS socket error: \(String(cString: strerror(code))) (errno \(code))"
        }
    }
}

/// The thread-local OpenSSL error queue, read as text.
///
/// OpenSSL keeps errors per thread; every loop owns its sessions, so the queue read here
/// belongs to the call that just failed on this thread (`SSL_get_error(3)`).
package enum OpenSSLErrorQueue {
    /// Empties the queue; call before every `SSL_*` operation so `SSL_get_error` is reliable.
    package static func clear() {
        ERR_clear_error()
    }

    /// Empties the queue and returns its entries joined by "; " (oldest first), or
    /// `fallback` when the queue was empty.
    package static func drain(fallback: String = "unknown OpenSSL error") -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            messages.append(text(of: code))
        }
        return messages.isEmpty ? fallback : messages.joined(separator: "; ")
    }

    private static func text(of code: UInt) -> String {
        // 256 bytes is OpenSSL's documented minimum for ERR_error_string; 512 leaves room.
        var buffer = [CChar](repeating: 0, count: 512)
        buffer.withUnsafeMutableBufferPointer { raw in
            ERR_error_string_n(code, raw.baseAddress, raw.count)
        }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
