// Throughput of LedeExtract on one core: run by scripts/bench-extract over a generated corpus.
import Foundation
import LedeExtract

/// Peak resident set size of this process in KiB (VmHWM), or -1 when /proc is unavailable.
func peakRSSKiB() -> Int {
    guard let data = try? Data(contentsOf: URL(filePath: "/proc/self/status")) else { return -1 }
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// The whole benchmark, in a nonisolated function: closures written in top-level code
/// inherit the main actor and pay an executor check on every call, which would be measured.
nonisolated func runBenchmark(_ arguments: [String]) throws {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else {
        fatalError("usage: BenchExtract CORPUS_DIR [ROUNDS [OUTPUT_FILE]]")
    }
    // Without the word lists extraction runs on capitalisation alone: a different program, so
    // its figures would mislead (a binary copied away from the checkout used to measure that).
    if let missing = Extractor.resourceError { throw missing }
    let directory = arguments[1]
    let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }.sorted()
    var texts: [String] = []
    for name in names {
        let data = try Data(contentsOf: URL(filePath: directory + "/" + name))
        texts.append(String(decoding: data, as: UTF8.self))
    }
    let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
    let published = PartialDate(year: 2025, month: 3, day: 12)
    let clock = ContinuousClock()

    let loadStart = clock.now
    let extractor = Extractor()
    _ = extractor.extract(text: "Warm-up in Detroit on Tuesday.", published: published)
    let loadTime = seconds(clock.now - loadStart)

    // Peer in the same run: the cheapest whole-text pass a pipeline does anyway (splitting
    // every article into whitespace-separated words), to express extraction cost as a ratio.
    var peerWords = 0
    let peerStart = clock.now
    for _ in 0..<rounds {
        for text in texts { peerWords += text.utf8.split(whereSeparator: { $0 == 32 || $0 == 10 }).count }
    }
    let peerTime = seconds(clock.now - peerStart)

    var entities = 0, events = 0, mentions = 0
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = clock.now
        for text in texts {
            let x = extractor.extract(text: text, published: published)
            entities += x.entities.count
            events += x.events.count
            mentions += x.entities.reduce(0) { $0 + $1.mentions.count }
        }
        best = min(best, seconds(clock.now - start))
    }
    let mb = Double(totalBytes) / 1_000_000
    print("articles: \(texts.count), text: \(String(format: "%.2f", mb)) MB, rounds: \(rounds)")
    print("word lists loaded in \(String(format: "%.3f", loadTime)) s")
    print("extract: best round \(String(format: "%.3f", best)) s = \(String(format: "%.1f", mb / best)) MB/s on one core")
    print("peer (split into words): \(String(format: "%.1f", mb * Double(rounds) / peerTime)) MB/s; extract/peer time ratio \(String(format: "%.1f", best / (peerTime / Double(rounds))))")
    print("per round: \(entities / rounds) entities, \(mentions / rounds) mentions, \(events / rounds) events (\(peerWords / rounds) words)")
    print("peak RSS: \(peakRSSKiB() / 1024) MiB")

    // Every extraction as one JSON line, after the timed rounds: two builds' outputs compare
    // with `cmp`, which checks a speed change left the output as it was.
    if arguments.count > 3 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        for text in texts {
            out.append(try encoder.encode(extractor.extract(text: text, published: published)))
            out.append(10)
        }
        try out.write(to: URL(filePath: arguments[3]))
        print("wrote \(texts.count) extractions to \(arguments[3])")
    }
}

do {
    try runBenchmark(CommandLine.arguments)
} catch {
    FileHandle.standardError.write(Data("BenchExtract: \(error)\n".utf8))
    exit(1)
}
