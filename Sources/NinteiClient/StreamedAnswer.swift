import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension UnixSocketHTTP {
    /// An exchange whose 200 answer is read as it arrives, each line of its body (sent chunked,
    /// each line ended by LF, which is left off) handed to `eachLine`, so a large answer is never
    /// held whole. Any other status comes back with its whole body, as `exchange` returns it;
    /// nil when the answer was 200 and its lines were handed over.
    static func exchange(
        socket path: String, method: String, target: String, body: Data, eachLine: (ArraySlice<UInt8>) throws -> Void
    ) throws -> Answer? {
        let descriptor = try connect(socket: path)
        defer { Glibc.close(descriptor) }
        try send(descriptor, request(method: method, target: target, body: body))
        var incoming = Incoming(descriptor: descriptor)
        let head = try incoming.head()
        guard head.status == 200 else {
            return Answer(status: head.status, body: Data(try incoming.wholeBody(head)))
        }
        var pending: [UInt8] = []
        func split(_ bytes: ArraySlice<UInt8>) throws {
            var rest = bytes
            while let end = rest.firstIndex(of: 0x0A) {
                if pending.isEmpty {
                    try eachLine(rest[..<end])
                } else {
                    pending += rest[..<end]
                    try eachLine(pending[...])
                    pending.removeAll(keepingCapacity: true)
                }
                rest = rest[(end + 1)...]
            }
            pending += rest
        }
        guard head.chunked else {
            try split(try incoming.wholeBody(head)[...])
            return nil
        }
        while true {
            let sizeLine = try incoming.line()
            guard let size = Int(String(decoding: sizeLine.prefix { $0 != UInt8(ascii: ";") }, as: UTF8.self), radix: 16), size >= 0 else {
                throw Failure.broken("a chunk of the answer has no size")
            }
            if size == 0 {
                while !(try incoming.line()).isEmpty {}  // trailers
                return nil
            }
            try split(try incoming.take(size))
            guard (try incoming.line()).isEmpty else { throw Failure.broken("a chunk of the answer is longer than its size") }
        }
    }
}

/// The bytes of one answer as they arrive on the socket.
struct Incoming {
    let descriptor: Int32
    private var bytes: [UInt8] = []
    private var start = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    struct Head {
        let status: Int
        let contentLength: Int?
        let chunked: Bool
    }

    /// Reads more; false when the server closed the connection.
    private mutating func more() throws(UnixSocketHTTP.Failure) -> Bool {
        if start >= 1 << 20 {
            bytes.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .broken(String(cString: strerror(errno)))
            }
            if count == 0 { return false }
            bytes += chunk[0..<count]
            return true
        }
    }

    /// The next line, without its CRLF.
    mutating func line() throws(UnixSocketHTTP.Failure) -> ArraySlice<UInt8> {
        var scanned = 0  // from `start`, which reading more may move
        while true {
            if let end = bytes[(start + scanned)...].firstIndex(of: 0x0A) {
                let line = bytes[start..<end]
                start = end + 1
                return line.last == 0x0D ? line.dropLast() : line
            }
            scanned = bytes.count - start
            guard try more() else { throw .broken("the answer was cut off") }
        }
    }

    /// The next `count` bytes.
    mutating func take(_ count: Int) throws(UnixSocketHTTP.Failure) -> ArraySlice<UInt8> {
        while bytes.count - start < count {
            guard try more() else { throw .broken("the answer was cut off") }
        }
        defer { start += count }
        return bytes[start..<start + count]
    }

    /// The status line and the headers that frame the body.
    mutating func head() throws(UnixSocketHTTP.Failure) -> Head {
        let statusParts = String(decoding: try line(), as: UTF8.self).split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw .broken("not an HTTP answer") }
        var contentLength: Int?
        var chunked = false
        while true {
            let header = String(decoding: try line(), as: UTF8.self)
            if header.isEmpty { break }
            let parts = header.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            switch parts[0].lowercased() {
            case "content-length": contentLength = Int(value)
            case "transfer-encoding": chunked = value.lowercased() == "chunked"
            default: break
            }
        }
        return Head(status: status, contentLength: contentLength, chunked: chunked)
    }

    /// A whole body framed by its length (or by the end of the connection).
    mutating func wholeBody(_ head: Head) throws(UnixSocketHTTP.Failure) -> [UInt8] {
        if let length = head.contentLength { return Array(try take(length)) }
        while try more() {}
        defer { start = bytes.count }
        return Array(bytes[start...])
    }
}
