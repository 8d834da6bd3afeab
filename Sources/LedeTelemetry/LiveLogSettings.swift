import Logging
import Synchronization

/// How log lines are written: one JSON object per line, or a human-readable line.
package enum LogFormat: String, Sendable, CaseIterable {
    case json
    case text
}

/// The log settings SIGHUP may change while loops log: the level, the line format and whether
/// access lines are written. Relaxed atomics, read on every log call and every request, never locked.
package final class LiveLogSettings: Sendable {
    private let level: Atomic<UInt8>
    private let access: Atomic<Bool>
    private let text: Atomic<Bool>

    package init(level: Logger.Level = .info, accessLog: Bool = true, format: LogFormat = .json) {
        self.level = Atomic(Self.code(level))
        self.access = Atomic(accessLog)
        self.text = Atomic(format == .text)
    }

    /// How every handler sharing these settings writes its lines.
    package var logFormat: LogFormat {
        get { text.load(ordering: .relaxed) ? .text : .json }
        set { text.store(newValue == .text, ordering: .relaxed) }
    }

    /// The level every handler sharing these settings uses (unless a logger overrides it).
    package var logLevel: Logger.Level {
        get { Self.levels[Int(level.load(ordering: .relaxed))] }
        set { level.store(Self.code(newValue), ordering: .relaxed) }
    }

    /// Whether one line per request is written (metrics are recorded either way).
    package var accessLog: Bool {
        get { access.load(ordering: .relaxed) }
        set { access.store(newValue, ordering: .relaxed) }
    }

    private static let levels = Logger.Level.allCases

    private static func code(_ level: Logger.Level) -> UInt8 {
        UInt8(levels.firstIndex(of: level) ?? 2)
    }
}
