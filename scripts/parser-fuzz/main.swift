// libFuzzer harness for LedeHTTP (built by scripts/fuzz-parser with -sanitize=fuzzer,address).
// Properties checked on every input:
//  1. no crash, hang or sanitizer report anywhere in parse → route → head writing;
//  2. `consumed` never exceeds the bytes given;
//  3. feeding the input whole, one byte per call, and split at a point chosen by the input
//     all give the same requests and the same failure status (100-continue aside);
//  4. a written response head never contains a bare CR or LF outside line ends.
import LedeHTTP

let limits: HTTPLimits = {
    var limits = HTTPLimits()
    limits.maxTargetBytes = 96
    limits.maxHeaderBytes = 512
    limits.maxHeaderCount = 8
    limits.maxBodyBytes = 256
    return limits
}()

let router: Router = {
    var router = Router()
    let echo: Handler = { request in
        var headers = HTTPHeaders()
        headers.add(name: "X-Echo", value: request.http.target)
        for (name, value) in request.query { headers.add(name: "X-Q", value: name + "=" + value) }
        return HTTPResponse(status: .ok, headers: headers, body: request.http.body)
    }
    router.add(.get, "/", echo)
    router.add(.get, "/v1/articles/{id}", echo)
    router.add(.post, "/v1/articles", echo)
    router.add(.get, "/v1/articles/search", echo)
    return router
}()

func run(_ pieces: [ArraySlice<UInt8>]) -> [String] {
    var parser = HTTPRequestParser(limits: limits)
    var buffer: [UInt8] = []
    var log: [String] = []
    for piece in pieces {
        buffer.append(contentsOf: piece)
        while true {
            let (result, consumed) = parser.parse(buffer.span)
            precondition(consumed >= 0 && consumed <= buffer.count, "consumed \(consumed) of \(buffer.count)")
            buffer.removeFirst(consumed)
            switch result {
            case .needMoreData:
                break
            case .expectContinue:
                continue
            case .request(let request):
                let response = router.respond(to: request)
                var head: [UInt8] = []
                HTTPResponseHead.write(response, version: request.version, keepAlive: request.keepAlive, date: "d", into: &head)
                checkLineEnds(head)
                log.append("\(request.method) \(request.target) \(request.headers.count) \(request.body) \(request.keepAlive) → \(response.status.code)")
                continue
            case .failure(let error):
                var head: [UInt8] = []
                HTTPResponseHead.write(error.response, version: .http1_1, keepAlive: false, date: "d", into: &head)
                checkLineEnds(head)
                log.append("failure \(error.status.code)")
                return log
            }
            break
        }
    }
    return log
}

func checkLineEnds(_ head: [UInt8]) {
    for (index, byte) in head.enumerated() {
        if byte == 13 { precondition(index + 1 < head.count && head[index + 1] == 10, "bare CR in response head") }
        if byte == 10 { precondition(index > 0 && head[index - 1] == 13, "bare LF in response head") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = run([bytes[...]])
    let single = run(bytes.indices.map { bytes[$0...$0] })
    precondition(whole == single, "whole \(whole) != byte-by-byte \(single)")
    if size > 1 {
        let cut = Int(bytes[0]) % size
        let split = run([bytes[..<cut], bytes[cut...]])
        precondition(whole == split, "whole \(whole) != split at \(cut) \(split)")
    }
    return 0
}
