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
        let descriptor = try connect(socket: path)
        defer { Glibc.close(descriptor) }
        try send(descriptor, request(method: method, target: target, body: body))
        var incoming = Incoming(descriptor: descriptor)
        let head = try incoming.head()
        return Answer(status: head.status, body: Data(try incoming.wholeBody(head)))
    }

    static func connect(socket path: String) throws(Failure) -> Int32 {
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .unreachable(String(cString: strerror(errno))) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            Glibc.close(descriptor)
            throw .unreachable("the socket's path is too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(descriptor)
            throw .unreachable(reason)
        }
        return descriptor
    }

    static func request(method: String, target: String, body: Data) -> Data {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        request += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        return Data(request.utf8) + body
    }

    static func send(_ descriptor: Int32, _ data: Data) throws(Failure) {
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
}
