import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client TCP connection to 127.0.0.1 driven byte by byte: what a slow or idle HTTP client
/// looks like to a server (half a request, a trickled body, nothing at all).
public final class RawConnection {
    private var fd: Int32

    public init(port: Int) throws {
        fd = try Loopback.connectedSocket(port: port)
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
