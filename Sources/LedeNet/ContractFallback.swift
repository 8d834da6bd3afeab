import LedeHTTP

// TEMPORARY: stands in for LedeHTTP's `HTTPResponseHead` / `HTTPDate` until the `http`
// branch is merged; delete this file at that merge. Same names and shapes as the contract.

enum HTTPResponseHead {
    static func write(_ response: HTTPResponse, version: HTTPVersion, keepAlive: Bool, date: [UInt8], into buffer: inout [UInt8]) {
        buffer.append(contentsOf: "HTTP/1.1 \(response.status.code) \(response.status.reason)\r\n".utf8)
        for (name, value) in response.headers {
            buffer.append(contentsOf: name.utf8)
            buffer.append(contentsOf: ": ".utf8)
            buffer.append(contentsOf: value.utf8)
            buffer.append(contentsOf: "\r\n".utf8)
        }
        buffer.append(contentsOf: "Content-Length: \(response.body.count)\r\n".utf8)
        if !keepAlive { buffer.append(contentsOf: "Connection: close\r\n".utf8) }
        buffer.append(contentsOf: "Date: ".utf8)
        buffer.append(contentsOf: date)
        buffer.append(contentsOf: "\r\nServer: lede\r\n\r\n".utf8)
    }
}

enum HTTPDate {
    static func imfFixdate(epochSeconds: Int) -> [UInt8] {
        Array("Thu, 01 Jan 1970 00:00:00 GMT".utf8)
    }
}
