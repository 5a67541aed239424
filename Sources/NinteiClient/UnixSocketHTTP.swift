import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 exchange over a Unix domain socket, blocking: what the terminal loop needs
/// (it waits for the answer anyway), without an event loop. A connection per request: connecting
/// to a local socket costs microseconds, and no connection is ever found stale.
enum UnixSocketHTTP {
    struct Answer {
        let status: Int
        let body: Data
    }

    enum Failure: Error {
        /// Nothing listens there, or this login may not reach it.
        case unreachable(String)
        /// The server closed or broke the exchange.
        case broken(String)
    }

    static func exchange(socket path: String, method: String, target: String, body: Data) throws(Failure) -> Answer {
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .unreachable(String(cString: strerror(errno))) }
        defer { Glibc.close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw .unreachable("the socket's path is too long") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else { throw .unreachable(String(cString: strerror(errno))) }

        var request = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        request += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        try send(descriptor, Data(request.utf8) + body)
        return try receive(descriptor)
    }

    private static func send(_ descriptor: Int32, _ data: Data) throws(Failure) {
        var offset = 0
        let result: Failure? = data.withUnsafeBytes { raw -> Failure? in
            while offset < raw.count {
                let written = Glibc.send(descriptor, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if written < 0 {
                    if errno == EINTR { continue }
                    return .broken(String(cString: strerror(errno)))
                }
                offset += written
            }
            return nil
        }
        if let result { throw result }
    }

    private static func receive(_ descriptor: Int32) throws(Failure) -> Answer {
        var received = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var headerEnd: Int?
        var expected: Int?
        var status = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .broken(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            received.append(contentsOf: chunk[0..<count])
            if headerEnd == nil, let range = received.range(of: Data("\r\n\r\n".utf8)) {
                headerEnd = range.upperBound
                let head = String(decoding: received[..<range.lowerBound], as: UTF8.self)
                let lines = head.components(separatedBy: "\r\n")
                let statusParts = lines.first?.split(separator: " ") ?? []
                guard statusParts.count >= 2, let code = Int(statusParts[1]) else { throw .broken("not an HTTP answer") }
                status = code
                for line in lines.dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" {
                        expected = Int(parts[1].trimmingCharacters(in: .whitespaces))
                    }
                }
            }
            if let headerEnd, let expected, received.count - headerEnd >= expected { break }
        }
        guard let headerEnd else { throw .broken("the server closed the connection without answering") }
        let body = received[headerEnd...]
        if let expected, body.count < expected { throw .broken("the answer was cut off") }
        return Answer(status: status, body: Data(body.prefix(expected ?? body.count)))
    }
}
