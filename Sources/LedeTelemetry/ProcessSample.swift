import FoundationEssentials

/// The standard `process_*` metrics, read from `/proc/self` at scrape time.
package struct ProcessSample: Sendable {
    package var residentBytes: Int
    package var virtualBytes: Int
    package var cpuSeconds: Double
    package var startTimeSeconds: Double
    package var openFileDescriptors: Int
    package var maxFileDescriptors: Int

    /// Reads the sample; nil where `/proc` is not mounted.
    @Sendable package static func read() -> ProcessSample? {
        guard let status = text("/proc/self/status"), let stat = text("/proc/self/stat") else { return nil }
        // Fields after the parenthesised command name (which may contain spaces).
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is state (field 3); utime is field 14, stime 15, starttime 22.
        guard fields.count > 19, let utime = Double(fields[11]), let stime = Double(fields[12]),
            let start = Double(fields[19])
        else { return nil }
        let ticksPerSecond = 100.0  // USER_HZ is 100 on every Linux architecture Swift supports.
        let bootTime = text("/proc/stat").flatMap { stat in
            stat.split(separator: "\n").first { $0.hasPrefix("btime ") }.flatMap { Double($0.dropFirst(6)) }
        } ?? 0
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
        let maxFDs = text("/proc/self/limits").flatMap { limits in
            limits.split(separator: "\n").first { $0.hasPrefix("Max open files") }
                .flatMap { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first }
                .flatMap { Int($0) }
        } ?? 0
        return ProcessSample(
            residentBytes: kilobytes("VmRSS:", in: status) * 1024,
            virtualBytes: kilobytes("VmSize:", in: status) * 1024,
            cpuSeconds: (utime + stime) / ticksPerSecond,
            startTimeSeconds: bootTime + start / ticksPerSecond,
            openFileDescriptors: fds,
            maxFileDescriptors: maxFDs
        )
    }

    func render(into out: inout PrometheusWriter) {
        out.gauge("process_resident_memory_bytes", "Resident memory size in bytes.", residentBytes)
        out.gauge("process_virtual_memory_bytes", "Virtual memory size in bytes.", virtualBytes)
        out.header("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", type: "counter")
        out.sample("process_cpu_seconds_total", labels: [], value: PrometheusWriter.number(cpuSeconds))
        out.gauge("process_start_time_seconds", "Start time of the process since the Unix epoch in seconds.", startTimeSeconds)
        out.gauge("process_open_fds", "Number of open file descriptors.", openFileDescriptors)
        out.gauge("process_max_fds", "Maximum number of open file descriptors.", maxFileDescriptors)
    }

    private static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func kilobytes(_ key: String, in status: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return 0 }
        return line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) } ?? 0
    }
}
