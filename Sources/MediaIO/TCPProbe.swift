import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A cheap check whether an endpoint accepts TCP connections again: connect, then close at
/// once (no RTMP handshake, nothing sent). Used while a destination is down, so the full
/// connect goes out the moment its server is back without hammering it.
///
/// ```swift
/// if TCPProbe.accepts(host: "127.0.0.1", port: 1935, timeout: .seconds(1)) { /* connect now */ }
/// ```
public enum TCPProbe {
    /// Whether a TCP connection to `host:port` (any of its addresses) completes within `timeout`.
    public static func accepts(host: String, port: Int, timeout: Duration) -> Bool {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let list else { return false }
        defer { freeaddrinfo(list) }
        let milliseconds = Int32(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        var entry: UnsafeMutablePointer<addrinfo>? = list
        while let info = entry {
            if connects(info.pointee, milliseconds: milliseconds) { return true }
            entry = info.pointee.ai_next
        }
        return false
    }

    private static func connects(_ info: addrinfo, milliseconds: Int32) -> Bool {
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let socket = Glibc.socket(info.ai_family, info.ai_socktype | flags, info.ai_protocol)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        if connect(socket, info.ai_addr, info.ai_addrlen) == 0 { return true }
        guard errno == EINPROGRESS else { return false }
        var poll = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
        guard Glibc.poll(&poll, 1, milliseconds) == 1 else { return false }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &length) == 0 else { return false }
        return error == 0
    }
}
