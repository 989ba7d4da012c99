import CFFmpeg

/// Owns one `AVFrame` and its buffers; reused across encode calls.
final class Frame {
    let pointer: UnsafeMutablePointer<AVFrame>

    init() throws {
        LibAV.prepare()
        pointer = try allocated(av_frame_alloc(), "allocate a frame")
    }

    deinit {
        var frame: UnsafeMutablePointer<AVFrame>? = pointer
        av_frame_free(&frame)
    }

    /// A frame with buffers for `width`×`height` pixels in `format`.
    static func video(width: Int, height: Int, format: AVPixelFormat) throws -> Frame {
        let frame = try Frame()
        frame.pointer.pointee.width = Int32(width)
        frame.pointer.pointee.height = Int32(height)
        frame.pointer.pointee.format = format.rawValue
        try check(av_frame_get_buffer(frame.pointer, 0), "allocate a \(width)x\(height) video frame")
        return frame
    }

    /// A frame with buffers for `samples` samples per channel in `format` and `layout`.
    static func audio(samples: Int, format: AVSampleFormat, rate: Int, layout: AVChannelLayout) throws -> Frame {
        let frame = try Frame()
        frame.pointer.pointee.nb_samples = Int32(samples)
        frame.pointer.pointee.format = format.rawValue
        frame.pointer.pointee.sample_rate = Int32(rate)
        var source = layout
        try check(av_channel_layout_copy(&frame.pointer.pointee.ch_layout, &source), "set the audio frame layout")
        try check(av_frame_get_buffer(frame.pointer, 0), "allocate an audio frame of \(samples) samples")
        return frame
    }

    /// Makes the buffers ours to write; copies only if the encoder still holds a reference.
    func makeWritable() throws {
        try check(av_frame_make_writable(pointer), "make a frame writable")
    }

    /// `data[0…7]` as a C array (the 8-tuple's storage inside the frame).
    var planes: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?> {
        UnsafeMutableRawPointer(pointer)
            .advanced(by: MemoryLayout<AVFrame>.offset(of: \AVFrame.data)!)
            .assumingMemoryBound(to: UnsafeMutablePointer<UInt8>?.self)
    }

    /// `linesize[0…7]` as a C array.
    var strides: UnsafeMutablePointer<Int32> {
        UnsafeMutableRawPointer(pointer)
            .advanced(by: MemoryLayout<AVFrame>.offset(of: \AVFrame.linesize)!)
            .assumingMemoryBound(to: Int32.self)
    }
}

/// Owns one `AVPacket`.
final class PacketBuffer {
    let pointer: UnsafeMutablePointer<AVPacket>

    init() throws {
        LibAV.prepare()
        pointer = try allocated(av_packet_alloc(), "allocate a packet")
    }

    deinit {
        var packet: UnsafeMutablePointer<AVPacket>? = pointer
        av_packet_free(&packet)
    }
}
