import COpenSSL

/// A TLS protocol version Lede can be told to accept as its floor or ceiling.
package enum TLSVersion: Sendable, Equatable, CustomStringConvertible {
    case tls1_1
    case tls1_2
    case tls1_3

    var openSSLValue: Int32 {
        switch self {
        case .tls1_1: TLS1_1_VERSION
        case .tls1_2: TLS1_2_VERSION
        case .tls1_3: TLS1_3_VERSION
        }
    }

    package var description: String {
        switch self {
        case .tls1_1: "TLSv1.1"
        case .tls1_2: "TLSv1.2"
        case .tls1_3: "TLSv1.3"
        }
    }
}

/// Everything a server `TLSContext` is built from. The defaults are the policy: change them
/// only with a reason.
package struct TLSConfiguration: Sendable, Equatable {
    /// PEM file holding the server certificate followed by any intermediates.
    package var certificateChainPath: String
    /// PEM file holding the unencrypted private key of the first certificate.
    package var privateKeyPath: String
    /// TLS 1.2 is the floor (RFC 8996 deprecates 1.0 and 1.1); 1.3 is negotiated whenever
    /// the client offers it because no ceiling is set.
    package var minimumVersion: TLSVersion = .tls1_2
    /// TLS ≤ 1.2 cipher list: Mozilla "intermediate" (ECDHE/DHE with AEAD only).
    package var cipherList = TLSConfiguration.intermediateCipherList
    /// TLS 1.3 suites, all three AEADs in OpenSSL's own order.
    package var cipherSuites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256"
    /// Key exchange groups, as Mozilla intermediate lists them.
    package var groups = "X25519:prime256v1:secp384r1"
    /// How long a session (cache entry or ticket) may be resumed, in seconds.
    package var sessionLifetimeSeconds = 3600
    /// Server-side session cache entries (TLS 1.2 session ids); OpenSSL's default size.
    package var sessionCacheSize = 20_480
    /// TLS 1.3 tickets sent after each full handshake. An HTTP/1.1 client spends one
    /// ticket per new connection and gets a fresh one each time, so one is enough and
    /// halves the ticket encryption cost of OpenSSL's default of two.
    package var ticketsPerHandshake = 1

    /// Mozilla server-side TLS guidelines, "intermediate" configuration (v5.7).
    package static let intermediateCipherList = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
        "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-CHACHA20-POLY1305",
    ].joined(separator: ":")

    package init(certificateChainPath: String, privateKeyPath: String) {
        self.certificateChainPath = certificateChainPath
        self.privateKeyPath = privateKeyPath
    }
}

/// How a client context (used by tests and tools, never by the server) checks the peer.
package struct TLSClientConfiguration: Sendable, Equatable {
    /// PEM file of trusted certificates; `nil` disables verification (tests only).
    package var trustedCertificatesPath: String?
    /// Protocols offered in ALPN, most preferred first; empty offers none.
    package var alpnProtocols: [String] = ["http/1.1"]
    package var minimumVersion: TLSVersion = .tls1_2
    /// `nil` lets OpenSSL offer its newest version.
    package var maximumVersion: TLSVersion?

    package init(trustedCertificatesPath: String?) {
        self.trustedCertificatesPath = trustedCertificatesPath
    }
}
