import CFFmpeg

/// Process-wide libav setup, done once before the first libav call of this module.
enum LibAV {
    /// Runs once, thread-safely (Swift initializes static lets under `swift_once`).
    private static let configured: Void = {
        // x264 and the muxers log banners and stats at info level; keep only real errors.
        av_log_set_level(AV_LOG_ERROR)
    }()

    /// Network protocols (TLS for rtmps) need a one-time global init.
    private static let networkConfigured: Void = {
        _ = configured
        avformat_network_init()
    }()

    /// Call at every public entry point; costs one atomic load after the first call.
    static func prepare() { _ = configured }

    /// `prepare()` plus the network init; call before opening a URL.
    static func prepareNetwork() { _ = networkConfigured }
}
