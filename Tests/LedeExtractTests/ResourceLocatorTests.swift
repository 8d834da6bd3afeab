import FoundationEssentials
import Testing

@testable import LedeExtract

/// The word lists are found without `Bundle`: environment, beside the executable, or the
/// repository found by walking up.
struct ResourceLocatorTests {
    /// The repository's `Sources/LedeExtract/Resources`, from this file's path.
    static let repository: String = {
        var path = #filePath
        for _ in 0..<3 { path = ResourceLocator.parent(path) }
        return path
    }()

    @Test func environmentWinsAndIsNeverReplaced() {
        let missing = ResourceLocator.locate(
            environment: ["LEDE_EXTRACT_RESOURCES": "/nonexistent/lists"], executable: nil,
            currentDirectory: Self.repository)
        guard case .failure(let error) = missing else {
            Issue.record("a missing override must fail, not fall back")
            return
        }
        #expect(error.tried == ["/nonexistent/lists"])
        #expect(error.description.contains("/nonexistent/lists"))
        let present = Self.repository + "/Sources/LedeExtract/Resources"
        let found = ResourceLocator.locate(environment: ["LEDE_EXTRACT_RESOURCES": present], executable: nil, currentDirectory: "/")
        #expect((try? found.get()) == present)
    }

    @Test func walksUpFromTheExecutableAndTheCurrentDirectory() {
        let expected = Self.repository + "/Sources/LedeExtract/Resources"
        let fromExecutable = ResourceLocator.locate(
            environment: [:], executable: Self.repository + "/.build/debug/lede", currentDirectory: "/")
        #expect((try? fromExecutable.get()) == expected)
        let fromDirectory = ResourceLocator.locate(
            environment: [:], executable: "/usr/bin/lede", currentDirectory: Self.repository + "/Tests/LedeExtractTests")
        #expect((try? fromDirectory.get()) == expected)
    }

    @Test func failureNamesEveryPathTried() {
        let result = ResourceLocator.locate(environment: [:], executable: "/usr/local/bin/lede", currentDirectory: "/")
        guard case .failure(let error) = result else {
            Issue.record("no lists exist under /usr/local/bin or /")
            return
        }
        #expect(error.tried.first == "/usr/local/bin/LedeExtractResources")
        #expect(error.tried.contains("/usr/local/Sources/LedeExtract/Resources"))
        #expect(error.tried.contains("/Sources/LedeExtract/Resources"))
        #expect(Set(error.tried).count == error.tried.count)
    }

    @Test(arguments: [("/a/b/c", "/a/b"), ("/a/b/", "/a"), ("/a", "/"), ("/", "/"), ("lede", ".")])
    func parentDirectory(path: String, parent: String) {
        #expect(ResourceLocator.parent(path) == parent)
    }

    @Test func sharedLexiconLoaded() {
        #expect(Extractor.resourceError == nil)
        #expect(Lexicon.shared.states["mich."] == "Michigan")
    }
}
