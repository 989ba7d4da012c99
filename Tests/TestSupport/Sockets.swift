import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Small loopback TCP helpers for network tests: free ports, a peer that never reads, HTTP GET.
public enum Loopback {
    public struct SocketError: Error, CustomStringConvertible {
        public var description: String
    }

    /// A TCP port nothing listens on right now (bound to port 0, read back, released).
    public static func freePort() throws -> Int {
        let fd = try listeningSocket(backlog: 1)
        defer { close(fd) }
        return try port(of: fd)
    }

    /// A listening socket on 127.0.0.1 at an ephemeral port.
    static func listeningSocket(backlog: Int32) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, backlog) == 0 else {
            close(fd)
            throw SocketError(description: "bind/listen: \(String(cString: strerror(errno)))")
        }
        return fd
    }

    static func port(of fd: Int32) throws -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let read = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard read == 0 else { throw SocketError(description: "getsockname: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A TCP socket connected to 127.0.0.1:`port` (the caller closes it).
    public static func connectedSocket(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw SocketError(description: "connect to port \(port): \(reason)")
        }
        return fd
    }

    /// `GET path` from 127.0.0.1:`port` over HTTP/1.0; the response body as text.
    public static func httpGet(port: Int, path: String) throws -> String {
        let fd = try connectedSocket(port: port)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else {
            throw SocketError(description: "send to port \(port) failed")
        }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            response += buffer[..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        return text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? text
    }
}

/// A TCP peer that accepts connections and never reads from them or answers: what a hung
/// ingest server looks like to a client, which blocks until its own timeout.
/// Stops listening when closed or released.
public final class StallingListener: Sendable {
    public let port: Int
    private let connections: Connections

    /// The accepted sockets, shared with the accepting thread.
    private final class Connections: @unchecked Sendable {  // `lock` guards `accepted` and `closed`
        let fd: Int32
        private let lock = NSLock()
        private var accepted: [Int32] = []
        private var closed = false

        init(fd: Int32) { self.fd = fd }

        var count: Int { lock.withLock { accepted.count } }

        func acceptForever() {
            while true {
                let connection = accept(fd, nil, nil)
                let keep = lock.withLock { () -> Bool in
                    guard connection >= 0, !closed else { return false }
                    accepted.append(connection)
                    return true
                }
                if !keep {
                    if connection >= 0 { Glibc.close(connection) }
                    if lock.withLock({ closed }) { Glibc.close(fd); return }
                }
            }
        }

        func close() {
            lock.withLock {
                guard !closed else { return }
                closed = true
                shutdown(fd, Int32(SHUT_RDWR))   // wakes the blocked accept(); that thread closes fd
                for connection in accepted { Glibc.close(connection) }
                accepted = []
            }
        }
    }

    public init() throws {
        let fd = try Loopback.listeningSocket(backlog: 16)
        port = try Loopback.port(of: fd)
        let connections = Connections(fd: fd)
        self.connections = connections
        Thread { connections.acceptForever() }.start()
    }

    deinit { connections.close() }

    /// Connections accepted so far (and still held).
    public var connectionCount: Int { connections.count }

    /// Stops listening and drops every accepted connection.
    public func close() { connections.close() }
}
