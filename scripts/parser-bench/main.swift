// Parser micro-benchmark (built by scripts/bench-parser with -O, whole-module).
// Prints requests/s for: a bare scan for the end of the head (the least any parser must do:
// the peer), the full parse of the same bytes, byte-at-a-time feeding, a pipelined buffer
// of 16 requests, and router dispatch.
import LedeHTTP


let request = Array(
    ("GET /v1/articles/3f2a9c?fields=title,entities&limit=20 HTTP/1.1\r\n"
        + "Host: api.example.com\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) bench/1.0\r\n"
        + "Accept: application/json\r\nAccept-Encoding: gzip, deflate, br\r\nAccept-Language: en-GB,en;q=0.9\r\n"
        + "Connection: keep-alive\r\nCache-Control: no-cache\r\nX-Request-Id: 6a1b2c3d-4e5f-6789-abcd-ef0123456789\r\n\r\n")
        .utf8)

/// Zero at run time, unknown to the optimiser: keeps the peer scan from being hoisted.
let opaqueZero = CommandLine.arguments.count > 5 ? 1 : 0

@inline(never) func bareScan(_ bytes: [UInt8], from start: Int) -> Int {
    let span = bytes.span
    var index = 3 + start
    while index < span.count {
        if span[index] == 10, span[index - 1] == 13, span[index - 2] == 10, span[index - 3] == 13 { return index + 1 }
        index += 1
    }
    return -1
}

@inline(never) func parseWhole(_ bytes: [UInt8], _ parser: inout HTTPRequestParser) -> Int {
    let (result, consumed) = parser.parse(bytes.span)
    guard case .request(let request) = result else { fatalError("benchmark request did not parse") }
    return consumed + request.headers.count
}

func measure(
    _ name: String, iterations: Int, bytesPerIteration: Int, requestsPerIteration: Int = 1, _ body: (Int) -> Int
) -> Double {
    var sink = 0
    for _ in 0..<(iterations / 10) { sink &+= body(sink) }  // warm-up
    let start = ContinuousClock.now
    for _ in 0..<iterations { sink &+= body(sink) }
    let (whole, fraction) = (ContinuousClock.now - start).components
    let seconds = Double(whole) + Double(fraction) / 1e18
    let perSecond = Double(iterations * requestsPerIteration) / seconds
    let mbps = Double(iterations * bytesPerIteration) / seconds / 1e6
    let padded = name + String(repeating: " ", count: max(0, 34 - name.count))
    print("\(padded) \(Int(perSecond).formatted()) req/s  \(Int(mbps)) MB/s  (\(iterations) iterations, sink \(sink & 1))")
    return perSecond
}

extension Int {
    func formatted() -> String {
        var digits = Array(String(self))
        var index = digits.count - 3
        while index > 0 {
            digits.insert("_", at: index)
            index -= 3
        }
        return String(digits)
    }
}

let n = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 200_000
print("request: \(request.count) bytes, 8 fields; \(n) iterations per figure")
let scan = measure("peer: bare CRLFCRLF scan", iterations: n, bytesPerIteration: request.count) { bareScan(request, from: $0 & opaqueZero) }
var parser = HTTPRequestParser()
let whole = measure("parse, whole buffer", iterations: n, bytesPerIteration: request.count) { _ in parseWhole(request, &parser) }

let pipeline = Array(repeatElement(request, count: 16).joined())
let pipelined = measure("parse, 16 pipelined per buffer", iterations: n / 16, bytesPerIteration: pipeline.count, requestsPerIteration: 16) { _ in
    var offset = 0
    var count = 0
    while offset < pipeline.count {
        let (result, consumed) = parser.parse(pipeline.span.extracting(offset...))
        guard case .request = result else { fatalError("pipelined request did not parse") }
        offset += consumed
        count += 1
    }
    return count
}

let byteByByte = measure("parse, fed one byte per call", iterations: n / 20, bytesPerIteration: request.count) { _ in
    var buffer: [UInt8] = []
    buffer.reserveCapacity(request.count)
    for byte in request {
        buffer.append(byte)
        if case .request = parser.parse(buffer.span).result { return buffer.count }
    }
    fatalError("byte-fed request did not parse")
}

let upload = Array("POST /v1/articles HTTP/1.1\r\nHost: a\r\nContent-Length: 65536\r\n\r\n".utf8)
    + Array(repeating: UInt8(ascii: "x"), count: 65536)
let chunkedUpload = Array("POST /v1/articles HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
    + Array(repeatElement(Array("1000\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 4096) + [13, 10], count: 16).joined())
    + Array("0\r\n\r\n".utf8)
_ = measure("parse, 64 KiB Content-Length body", iterations: n / 100, bytesPerIteration: upload.count) { _ in
    parseWhole(upload, &parser)
}
_ = measure("parse, 64 KiB chunked body (16x4K)", iterations: n / 100, bytesPerIteration: chunkedUpload.count) { _ in
    parseWhole(chunkedUpload, &parser)
}

var router = Router()
let ok: Handler = { request in .json(Array((request.parameters["id"] ?? "").utf8)) }
for template in ["/v1/articles", "/v1/articles/{id}", "/v1/articles/{id}/entities", "/v1/entities/{id}", "/v1/timeline", "/healthz"] {
    router.add(.get, template, ok)
}
guard case .request(let parsed) = HTTPRequestParser().parseOnce(request) else { fatalError("no request") }
let routed = measure("router: /v1/articles/{id}?query", iterations: n, bytesPerIteration: 0) { _ in
    router.respond(to: parsed).body.count
}

print("ratio parse/peer scan time: \(String(scan / whole).prefix(5))x; pipelined vs single: \(String(pipelined / whole).prefix(5))x; byte-fed vs whole: \(String(byteByByte / whole).prefix(6))x (\(request.count) calls per request)")
_ = routed

extension HTTPRequestParser {
    func parseOnce(_ bytes: [UInt8]) -> HTTPParseResult {
        var copy = self
        return copy.parse(bytes.span).result
    }
}
