// Tells systemd how the program is doing, through the datagram socket named by $NOTIFY_SOCKET:
// ready once the first frame is drawn, and a watchdog ping from the render loop, so that a hung
// GPU driver, which stops the loop, gets the service restarted.

import Foundation

/// The sd_notify protocol without libsystemd: one datagram of `KEY=value` lines per message.
/// Does nothing when the program was not started by systemd. Call from one thread.
final class ServiceNotifier {
    private let socket: Int32
    private var address: sockaddr_un
    private let addressLength: socklen_t

    /// Seconds between watchdog pings: half the interval systemd asked for, or nil without one.
    let watchdogInterval: Double?
    private var lastPing = 0.0

    /// Connects to $NOTIFY_SOCKET; nil when it is unset or unusable.
    init?(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard var path = environment["NOTIFY_SOCKET"], !path.isEmpty else { return nil }
        // A leading '@' names a socket in the abstract namespace.
        let abstract = path.hasPrefix("@")
        if abstract { path.removeFirst() }

        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count + (abstract ? 1 : 0) < capacity else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: (abstract ? [0] : []) + bytes)
        }

        let type = Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let descriptor = Glibc.socket(AF_UNIX, type, 0)
        guard descriptor >= 0 else { return nil }
        self.socket = descriptor
        self.address = address
        self.addressLength = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count
                                       + (abstract ? 1 : 0))
        let microseconds = environment["WATCHDOG_USEC"].flatMap(Double.init)
        watchdogInterval = microseconds.map { $0 / 2e6 }
    }

    deinit {
        close(socket)
    }

    /// Sends one message such as "READY=1" or "STATUS=training spiral"; returns whether it went.
    @discardableResult
    func send(_ message: String) -> Bool {
        let bytes = Array(message.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL), socketAddress,
                       addressLength)
            }
        }
        return sent == bytes.count
    }

    /// Pings the watchdog if half its interval has passed since the last ping; call every frame.
    func keepAlive(now: Double) {
        guard let interval = watchdogInterval, now - lastPing >= interval else { return }
        lastPing = now
        send("WATCHDOG=1")
    }
}
