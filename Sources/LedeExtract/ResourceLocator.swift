import FoundationEssentials

/// Finds the directory of the word lists at run time, without `Bundle` (whose SwiftPM accessor
/// links all of Foundation and ICU into every binary that uses the extractor).
///
/// Order: `$LEDE_EXTRACT_RESOURCES`; a `LedeExtractResources` directory next to the executable
/// (a deployed binary); then the repository's `Sources/LedeExtract/Resources`, found by walking
/// up from the executable's directory and from the current directory (so `swift run`,
/// `swift test` and `.build/release/lede` all work from a checkout).
package enum ResourceLocator {
    /// The environment variable that overrides every other place.
    package static let environmentVariable = "LEDE_EXTRACT_RESOURCES"
    /// The directory a deployment puts next to the executable.
    package static let besideExecutable = "LedeExtractResources"
    /// Where the lists live inside the repository.
    static let inRepository = "Sources/LedeExtract/Resources"
    /// A file every complete directory of lists has.
    static let marker = "states.txt"

    /// Why the word lists could not be found: every path tried, in order.
    package struct NotFound: Error, CustomStringConvertible, Sendable {
        package var tried: [String]
        package var description: String {
            "extractor word lists not found (set \(ResourceLocator.environmentVariable) to their directory); tried:\n"
                + tried.map { "  " + $0 }.joined(separator: "\n")
        }
    }

    /// The directory holding the word lists, or every path tried.
    package static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String? = executablePath(),
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> Result<String, NotFound> {
        var tried: [String] = []
        func found(_ directory: String) -> Bool {
            if tried.contains(directory) { return false }
            tried.append(directory)
            return FileManager.default.fileExists(atPath: directory + "/" + marker)
        }
        if let override = environment[environmentVariable], !override.isEmpty {
            // An explicit setting is never silently replaced by another directory.
            return found(override) ? .success(override) : .failure(NotFound(tried: tried))
        }
        let executableDirectory = executable.map(parent)
        if let executableDirectory, found(executableDirectory + "/" + besideExecutable) {
            return .success(executableDirectory + "/" + besideExecutable)
        }
        for start in [executableDirectory, currentDirectory].compactMap({ $0 }) {
            var directory = start
            while true {
                let candidate = directory == "/" ? "/" + inRepository : directory + "/" + inRepository
                if found(candidate) { return .success(candidate) }
                let up = parent(directory)
                if up == directory { break }
                directory = up
            }
        }
        return .failure(NotFound(tried: tried))
    }

    /// The running executable's absolute path (`/proc/self/exe`), else `argv[0]`.
    static func executablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return first.hasPrefix("/") ? first : FileManager.default.currentDirectoryPath + "/" + first
    }

    /// The path without its last component ("/" for a top-level entry).
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
