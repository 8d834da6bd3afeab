import FoundationEssentials
import LedeExtract
import Synchronization
import Testing
@testable import LedeStore

@Suite struct StoreWriterTests {
    @Test func writesAreDurableAndSurviveReload() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("seed.txt", "title: Seed\npublished: 2025-03\n---\nSeed body, byte for byte.\n")
        let published = Mutex<[Int]>([])
        let (store, problems) = try Store.open(directory: folder.path, extractor: Extractor(), workers: 2) { snapshot, _ in
            published.withLock { $0.append(snapshot.generation) }
        }
        #expect(problems.isEmpty)

        let created = try store.create(Article(id: "new-one", title: "New", body: "Fresh text.", published: "2025-04-01"))
        #expect(created.record(id: "new-one")?.fileName == "new-one.json")
        #expect(throws: StoreError.conflict(id: "new-one")) { try store.create(Article(id: "new-one", title: "Again", body: "x")) }
        try store.replace(Article(id: "seed", title: "Seed, revised", body: "New seed body.\n", published: "2025-03"))
        #expect(throws: StoreError.notFound(id: "nope")) { try store.replace(Article(id: "nope", title: "x", body: "y")) }
        try store.create(Article(id: "doomed", title: "Doomed", body: "Soon gone."))
        try store.delete(id: "doomed")
        #expect(throws: StoreError.notFound(id: "doomed")) { try store.delete(id: "doomed") }

        #expect(published.withLock { $0 } == [2, 3, 4, 5])
        #expect(store.snapshot.generation == 5)
        // The replaced article keeps its file and format; nothing is left staged.
        #expect(try folder.names() == ["new-one.json", "seed.txt"])
        #expect(folder.read("seed.txt") == Array("id: seed\ntitle: Seed, revised\npublished: 2025-03\n---\nNew seed body.\n".utf8))

        let (reloaded, again) = try Store.open(directory: folder.path, extractor: Extractor(), workers: 1)
        #expect(again.isEmpty)
        #expect(reloaded.snapshot.order.map { reloaded.snapshot.records[$0]!.article.id } == ["new-one", "seed"])
        #expect(reloaded.snapshot.record(id: "seed")?.article.body == "New seed body.\n")
    }

    @Test func failedDiskWriteChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, _) = try Store.open(directory: folder.path, extractor: Extractor(), workers: 1)
        folder.remove()  // the folder vanishes: the write must fail, not publish
        #expect(throws: StoreError.self) { try store.create(Article(id: "x", title: "X", body: "x")) }
        #expect(store.snapshot.count == 0)
        #expect(store.snapshot.generation == 1)
    }

    @Test func concurrentWritesAreSerialised() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (store, _) = try Store.open(directory: folder.path, extractor: Extractor(), workers: 1)
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<16 {
                group.addTask { _ = try? store.create(Article(id: "item-\(i)", title: "Item \(i)", body: "Body \(i).")) }
            }
        }
        #expect(store.snapshot.count == 16)
        #expect(store.snapshot.generation == 17)
        #expect(try folder.names().count == 16)
        let (reloaded, problems) = try Store.open(directory: folder.path, extractor: Extractor(), workers: 2)
        #expect(problems.isEmpty && reloaded.snapshot.count == 16)
    }
}
