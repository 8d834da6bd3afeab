import LedeHTTP

/// What a test observes from the parser: requests reduced to comparable values.
enum Outcome: Equatable, CustomStringConvertible {
    case request(Seen)
    case expectContinue
    case failure(Int)

    var description: String {
        switch self {
        case .request(let seen): "request(\(seen))"
        case .expectContinue: "100-continue"
        case .failure(let code): "failure(\(code))"
        }
    }
}

/// The parts of an `HTTPRequest` tests compare.
struct Seen: Equatable, CustomStringConvertible {
    var method: String
    var target: String
    var path: String
    var query: String?
    var version: String
    var headers: [String]
    var body: String
    var keepAlive: Bool

    init(_ request: HTTPRequest) {
        method = request.method.description
        target = request.target
        path = request.path
        query = request.query
        version = request.version.description
        headers = request.headers.fields.map { "\($0.name): \($0.value)" }
        body = String(decoding: request.body, as: UTF8.self)
        keepAlive = request.keepAlive
    }

    var description: String { "\(method) \(target) \(version) \(headers) body=\(body.utf8.count)B keepAlive=\(keepAlive)" }
}

/// Plays the connection's part: appends each piece to a receive buffer, calls `parse` until
/// it needs more data, drops consumed bytes. Stops at the first failure.
func feed(_ pieces: [[UInt8]], limits: HTTPLimits = HTTPLimits()) -> (outcomes: [Outcome], leftover: Int) {
    var parser = HTTPRequestParser(limits: limits)
    var buffer: [UInt8] = []
    var outcomes: [Outcome] = []
    for piece in pieces {
        buffer.append(contentsOf: piece)
        while true {
            let (result, consumed) = parser.parse(buffer.span)
            precondition(consumed <= buffer.count, "consumed more than given")
            buffer.removeFirst(consumed)
            switch result {
            case .needMoreData:
                break
            case .expectContinue:
                outcomes.append(.expectContinue)
                continue
            case .request(let request):
                outcomes.append(.request(Seen(request)))
                continue
            case .failure(let error):
                outcomes.append(.failure(error.status.code))
                return (outcomes, buffer.count)
            }
            break
        }
    }
    return (outcomes, buffer.count)
}

func feedWhole(_ text: String, limits: HTTPLimits = HTTPLimits()) -> [Outcome] {
    feed([Array(text.utf8)], limits: limits).outcomes
}

/// Every way of cutting `bytes` into one piece per byte, and into two pieces at each point.
func splits(_ bytes: [UInt8]) -> [[[UInt8]]] {
    var result: [[[UInt8]]] = [bytes.map { [$0] }]
    for cut in 1..<max(bytes.count, 1) {
        result.append([Array(bytes[..<cut]), Array(bytes[cut...])])
    }
    return result
}

/// Outcomes with `expectContinue` removed: whether 100 is due depends on how bytes arrive.
func withoutContinue(_ outcomes: [Outcome]) -> [Outcome] {
    outcomes.filter { $0 != .expectContinue }
}
