import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client TCP connection to 127.0.0.1 driven byte by byte: what a slow or idle HTTP client
/// looks like to a server (half a request, a trickled body, nothing at all).
public final class RawConnection {
    private var fd: Int32

    public init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Loopback.SocketError(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            throw Loopback.SocketError(description: "connect to port \(port): \(reason)")
        }
    }

    deinit { close() }

    public func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Sends `text`; false when the peer has gone (reset or closed).
    @discardableResult
    public func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count
    }

    /// Whether the server has closed the connection, waiting up to `seconds` for it to.
    /// Data the server sent first (an answer) is read and kept in `received`.
    public func closedByPeer(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            var poller = pollfd(fd: fd, events: Int16(POLLIN | 0x2000), revents: 0)   // 0x2000: POLLRDHUP
            let left = max(0, deadline.timeIntervalSinceNow)
            let ready = poll(&poller, 1, Int32(left * 1000))
            if ready > 0 {
                var buffer = [UInt8](repeating: 0, count: 16_384)
                let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
                if count > 0 { received += buffer[..<count]; continue }
                if count == 0 { return true }
                if errno != EAGAIN, errno != EWOULDBLOCK { return true }
            }
            if Date() >= deadline { return false }
        }
    }

    /// Everything read so far.
    public private(set) var received: [UInt8] = []
    public var receivedText: String { String(decoding: received, as: UTF8.self) }

    /// Reads until `text` has arrived, the peer closes, or `seconds` pass; whether it arrived.
    public func waitFor(_ text: String, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !receivedText.contains(text) {
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000)) > 0 else { return false }
            var buffer = [UInt8](repeating: 0, count: 16_384)
            let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count > 0 { received += buffer[..<count] } else if count == 0 { return receivedText.contains(text) }
        }
        return true
    }
}
