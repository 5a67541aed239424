import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import NinteiCore
import NinteiStore
#if canImport(Glibc)
import Glibc
#endif

/// `nintei serve`: the one process that opens the store. It listens on a Unix domain socket,
/// takes each connection's login from the kernel (`SO_PEERCRED`), and answers HTTP/1.1 + JSON
/// requests through `OfficeRouter`, which calls the store acting for that login.
public final class OfficeServer: Sendable {
    let router: OfficeRouter
    let socketPath: String
    let logger: Logger
    private let group: MultiThreadedEventLoopGroup
    private let pool: NIOThreadPool
    private let channel: any Channel

    /// Binds the socket (replacing a stale one) and makes it reachable by every login: who may
    /// do what is decided per request, from the kernel's answer, not by the socket's mode.
    public init(router: OfficeRouter, socketPath: String, logger: Logger, workers: Int = 4) throws {
        self.router = router
        self.socketPath = socketPath
        self.logger = logger
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        pool = NIOThreadPool(numberOfThreads: workers)
        pool.start()
        let routerCopy = router
        let poolCopy = pool
        let loggerCopy = logger
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .childChannelInitializer { channel in
                PeerCredentials.of(channel).flatMap { peer in
                    channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMap {
                        channel.pipeline.addHandler(
                            OfficeHTTPHandler(router: routerCopy, pool: poolCopy, peer: peer, logger: loggerCopy))
                    }
                }
            }
        do {
            channel = try bootstrap.bind(unixDomainSocketPath: socketPath, cleanupExistingSocketFile: true).wait()
        } catch {
            try? pool.syncShutdownGracefully()
            try? group.syncShutdownGracefully()
            throw error
        }
        chmod(socketPath, 0o666)
    }

    /// Waits until `stop` closes the socket.
    public func wait() throws {
        try channel.closeFuture.wait()
    }

    /// Stops accepting, lets requests in flight finish, and removes the socket.
    public func stop() {
        try? channel.close().wait()
        try? pool.syncShutdownGracefully()
        try? group.syncShutdownGracefully()
        unlink(socketPath)
    }
}

/// The connecting process as the kernel reports it.
struct PeerCredentials: Sendable {
    let uid: UInt32
    let pid: Int32
    let login: String

    static func of(_ channel: any Channel) -> EventLoopFuture<PeerCredentials> {
        guard let provider = channel as? any SocketOptionProvider else {
            return channel.eventLoop.makeFailedFuture(ChannelError.operationUnsupported)
        }
        let answer: EventLoopFuture<KernelCredentials> = provider.unsafeGetSocketOption(
            level: SocketOptionLevel(SOL_SOCKET), name: SocketOptionName(SO_PEERCRED))
        return answer.map { credentials in
            PeerCredentials(uid: credentials.uid, pid: credentials.pid, login: PeerLogin.login(uid: credentials.uid))
        }
    }
}

/// Linux's `struct ucred` (pid_t, uid_t, gid_t), which Glibc's module does not export without
/// _GNU_SOURCE: the same three 32-bit fields in the same order.
struct KernelCredentials: Sendable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}

/// One connection: collects each request, answers it on the worker pool (the store blocks),
/// and writes the answer back in order; keep-alive as the client asks.
final class OfficeHTTPHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let router: OfficeRouter
    private let pool: NIOThreadPool
    private let peer: PeerCredentials
    private let logger: Logger
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    /// Larger bodies are refused: an import goes in batches well under it.
    static let bodyLimit = 64 * 1_048_576

    init(router: OfficeRouter, pool: NIOThreadPool, peer: PeerCredentials, logger: Logger) {
        self.router = router
        self.pool = pool
        self.peer = peer
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let requestHead):
            head = requestHead
            body.clear()
        case .body(var chunk):
            if body.readableBytes + chunk.readableBytes <= Self.bodyLimit {
                body.writeBuffer(&chunk)
            }
        case .end:
            guard let requestHead = head else { return }
            head = nil
            let bytes = Data(body.readableBytesView)
            let tooLarge = body.readableBytes >= Self.bodyLimit
            let router = router
            let peer = peer
            let logger = logger
            let path = String(requestHead.uri.split(separator: "?", maxSplits: 1).first ?? "")
            let method = requestHead.method.rawValue
            let loop = context.eventLoop
            let bound = NIOLoopBound(context, eventLoop: loop)
            if !tooLarge, router.isStreamed(method: method, path: path) {
                stream(bytes, path: path, requestHead: requestHead, context: context)
                return
            }
            pool.runIfActive(eventLoop: loop) { () -> OfficeRouter.Response in
                if tooLarge {
                    return router.tooLarge(limit: Self.bodyLimit)
                }
                let response = router.respond(method: method, path: path, body: bytes, login: peer.login, uid: peer.uid)
                logger.info("\(peer.login) (uid \(peer.uid), pid \(peer.pid)) \(method) \(path) → \(response.status)")
                if response.status == 200, method == "POST" {
                    router.noteHeadIfChanged(logger: logger)
                }
                return response
            }.whenComplete { result in
                let context = bound.value
                let response: OfficeRouter.Response
                switch result {
                case .success(let answer): response = answer
                case .failure: response = router.unavailable()
                }
                self.write(response, keepAlive: requestHead.isKeepAlive, context: context)
            }
        }
    }

    /// A streamed answer (`OfficeRouter.streamCSV`): made on the worker pool, each line written
    /// as it is made, the worker waiting for each write, so the client's reading sets the pace
    /// and nothing piles up in memory. The head goes with the first line: a refusal before it
    /// is an ordinary answer.
    private func stream(_ bytes: Data, path: String, requestHead: HTTPRequestHead, context: ChannelHandlerContext) {
        let router = router
        let peer = peer
        let logger = logger
        let loop = context.eventLoop
        let bound = NIOLoopBound(context, eventLoop: loop)
        let keepAlive = requestHead.isKeepAlive
        pool.runIfActive(eventLoop: loop) { () -> OfficeRouter.Response? in
            var begun = false
            let refusal = router.streamCSV(body: bytes, login: peer.login) { line in
                let head = begun ? nil : Self.streamHead(keepAlive: keepAlive)
                begun = true
                try loop.flatSubmit { () -> EventLoopFuture<Void> in
                    let context = bound.value
                    if let head { context.write(self.wrapOutboundOut(.head(head)), promise: nil) }
                    var buffer = context.channel.allocator.buffer(capacity: line.count)
                    buffer.writeBytes(line)
                    return context.writeAndFlush(self.wrapOutboundOut(.body(.byteBuffer(buffer))))
                }.wait()
            }
            logger.info("\(peer.login) (uid \(peer.uid), pid \(peer.pid)) POST \(path) → \(refusal?.status ?? 200)")
            return refusal
        }.whenComplete { result in
            let context = bound.value
            switch result {
            case .success(nil):
                let done = context.writeAndFlush(self.wrapOutboundOut(.end(nil)))
                if !keepAlive {
                    let channel = context.channel
                    done.whenComplete { _ in channel.close(promise: nil) }
                }
            case .success(let refusal?): self.write(refusal, keepAlive: keepAlive, context: context)
            case .failure: self.write(router.unavailable(), keepAlive: keepAlive, context: context)
            }
        }
    }

    private static func streamHead(keepAlive: Bool) -> HTTPResponseHead {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/x-ndjson; charset=utf-8")
        headers.add(name: "Transfer-Encoding", value: "chunked")
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        return HTTPResponseHead(version: .http1_1, status: .ok, headers: headers)
    }

    private func write(_ response: OfficeRouter.Response, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
        headers.add(name: "Content-Length", value: String(response.body.count))
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        var buffer = context.channel.allocator.buffer(capacity: response.body.count)
        buffer.writeBytes(response.body)
        context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive {
            let channel = context.channel
            done.whenComplete { _ in channel.close(promise: nil) }
        }
    }
}
