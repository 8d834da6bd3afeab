import FoundationEssentials
import LedeExtract
import Testing
@testable import LedeStore

@Suite struct CorpusLoaderTests {
    @Test func loadsBothFormatsReportsBadFilesAndIgnoresTemporaryOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("alpha.json", #"{"title":"Alpha","body":"Alpha body.","published":"2025-01-02"}"#)
        try folder.write("beta.txt", "title: Beta\npublished: 2025-02\n---\nBeta body.\n")
        try folder.write("gamma.md", "id: gamma-one\ntitle: Gamma\n---\nGamma body.")
        try folder.write("broken.json", "{\"title\": \"Broken\",\n\"body\": ")
        try folder.write("dup.json", #"{"id":"alpha","title":"Again","body":"x"}"#)
        try folder.write("README.md", "# not an article")
        try folder.write("notes.docx", "ignored")
        try folder.write(".lede-tmp-delta.json", #"{"title":"Half writ"#)

        let scan = try CorpusLoader.scan(directory: folder.path, workers: 2)
        #expect(scan.articles.map(\.article.id) == ["alpha", "beta", "gamma-one"])
        #expect(scan.articles.map(\.fileName) == ["alpha.json", "beta.txt", "gamma.md"])
        #expect(scan.temporaryFiles == [".lede-tmp-delta.json"])
        #expect(scan.errorCount == 2)
        let broken = try #require(scan.problems.first { $0.path.hasSuffix("broken.json") })
        #expect(broken.line == 2)
        #expect(broken.description.hasPrefix(folder.path + "/broken.json:2: error: invalid JSON"))
        #expect(scan.problems.contains { $0.path.hasSuffix("dup.json") && $0.reason.contains("duplicate id \"alpha\"") })

        // The server's start-up also cleans the staging leftovers; `check` (scan) does not.
        #expect(try folder.names().contains(".lede-tmp-delta.json"))
        let (store, problems) = try Store.open(directory: folder.path, extractor: Extractor(), workers: 2)
        #expect(problems.count == 2)
        #expect(store.snapshot.count == 3)
        #expect(try !folder.names().contains(".lede-tmp-delta.json"))
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: CorpusError.self) { try CorpusLoader.scan(directory: "/nonexistent/lede-corpus") }
    }

    @Test func defaultCorpusLoadsCleanly() throws {
        let scan = try CorpusLoader.scan(directory: Seed.dataFolder)
        #expect(scan.problems.isEmpty)
        #expect(scan.articles.map(\.article.id) == ["see-something-say-something-unless-youre-the-detroit-police"])
    }

    @Test func parallelMapKeepsOrderForAnyWorkerCount() {
        let items = Array(0..<1000)
        for workers in [1, 2, 3, 16] {
            #expect(CorpusLoader.parallelMap(items, workers: workers) { $0 * 2 } == items.map { $0 * 2 })
        }
        #expect(CorpusLoader.parallelMap([Int](), workers: 4) { $0 }.isEmpty)
    }
}
