import CFFmpeg

/// Owns one `SwsContext` converting between pixel formats (and sizes), reused per frame.
final class Scaler {
    private let context: OpaquePointer
    private let sourceHeight: Int32
    /// Size of the converted picture.
    private let destinationWidth: Int
    private let destinationHeight: Int
    /// swscale's SIMD code writes whole blocks of pixels, so a row that is not a multiple of
    /// 16 pixels is written past its end (and the last row past the buffer's end, which
    /// corrupted the heap for a 40x30 picture). Such conversions go into this aligned, padded
    /// buffer first and are copied out row by row. Allocated on first need.
    private var scratch: UnsafeMutableRawPointer?
    private var scratchStride = 0
    /// Plane pointers and strides of a packed source image, allocated once.
    private let sourcePlanes = UnsafeMutablePointer<UnsafePointer<UInt8>?>.allocate(capacity: 4)
    private let sourceStrides = UnsafeMutablePointer<Int32>.allocate(capacity: 4)

    /// A converter; `flags` defaults to `SWS_BILINEAR` (at equal sizes only chroma is filtered).
    init(width: Int, height: Int, from source: AVPixelFormat,
         toWidth: Int? = nil, toHeight: Int? = nil, to destination: AVPixelFormat,
         flags: Int32 = SWS_BILINEAR) throws {
        LibAV.prepare()
        context = try allocated(
            sws_getContext(Int32(width), Int32(height), source,
                           Int32(toWidth ?? width), Int32(toHeight ?? height), destination, flags, nil, nil, nil),
            "create a \(width)x\(height) pixel converter from \(Self.name(source)) to \(Self.name(destination))")
        sourceHeight = Int32(height)
        destinationWidth = toWidth ?? width
        destinationHeight = toHeight ?? height
        sourcePlanes.initialize(repeating: nil, count: 4)
        sourceStrides.initialize(repeating: 0, count: 4)
    }

    deinit {
        sws_freeContext(context)
        av_free(scratch)
        sourcePlanes.deallocate()
        sourceStrides.deallocate()
    }

    /// Uses BT.709 coefficients, limited-range YUV (what players assume for HD video).
    func useBT709() throws {
        let table = sws_getCoefficients(SWS_CS_ITU709)
        // Source range 1 (full, RGB), destination range 0 (limited, YUV); default brightness/contrast/saturation.
        try check(sws_setColorspaceDetails(context, table, 1, table, 0, 0, 1 << 16, 1 << 16),
                  "set BT.709 colour conversion")
    }

    /// Converts one packed image (`bytes`, rows of `stride` bytes) into `frame`'s planes.
    func scale(packed bytes: UnsafeRawBufferPointer, stride: Int, into frame: Frame) throws {
        sourcePlanes[0] = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
        sourceStrides[0] = Int32(stride)
        defer { sourcePlanes[0] = nil }
        try check(sws_scale(context, sourcePlanes, sourceStrides, 0, sourceHeight,
                            frame.planes, frame.strides), "convert pixels")
    }

    /// Converts the packed rows at `source` into the planes at `planes` (each already
    /// offset to where this converter's area starts), for converting part of a frame.
    func scale(packed source: UnsafePointer<UInt8>, stride: Int,
               intoPlanes planes: UnsafePointer<UnsafeMutablePointer<UInt8>?>, strides: UnsafePointer<Int32>) throws {
        sourcePlanes[0] = source
        sourceStrides[0] = Int32(stride)
        defer { sourcePlanes[0] = nil }
        try check(sws_scale(context, sourcePlanes, sourceStrides, 0, sourceHeight, planes, strides), "convert pixels")
    }

    /// Converts `frame` into one packed image (`destination`, rows of `stride` bytes).
    func scale(_ frame: Frame, intoPacked destination: UnsafeMutableRawBufferPointer, stride: Int) throws {
        let rowBytes = destinationWidth * 4
        let sourcePlanes = UnsafeRawPointer(frame.planes).assumingMemoryBound(to: UnsafePointer<UInt8>?.self)
        guard rowBytes % 64 != 0 || stride % 64 != 0 else {
            var planes: [UnsafeMutablePointer<UInt8>?] = [destination.baseAddress?.assumingMemoryBound(to: UInt8.self), nil, nil, nil]
            var strides: [Int32] = [Int32(stride), 0, 0, 0]
            try check(sws_scale(context, sourcePlanes, frame.strides, 0, sourceHeight, &planes, &strides), "convert pixels")
            return
        }
        if scratch == nil {
            scratchStride = (rowBytes + 63) / 64 * 64 + 64
            scratch = try allocated(av_malloc(scratchStride * (destinationHeight + 2)), "allocate a conversion buffer")
        }
        var planes: [UnsafeMutablePointer<UInt8>?] = [scratch!.assumingMemoryBound(to: UInt8.self), nil, nil, nil]
        var strides: [Int32] = [Int32(scratchStride), 0, 0, 0]
        try check(sws_scale(context, sourcePlanes, frame.strides, 0, sourceHeight, &planes, &strides), "convert pixels")
        guard let target = destination.baseAddress, destination.count >= (destinationHeight - 1) * stride + rowBytes else {
            throw MediaIOError.invalidInput("a converted picture does not fit its buffer")
        }
        for row in 0..<destinationHeight {
            (target + row * stride).copyMemory(from: scratch! + row * scratchStride, byteCount: rowBytes)
        }
    }

    private static func name(_ format: AVPixelFormat) -> String {
        av_get_pix_fmt_name(format).map { String(cString: $0) } ?? "format \(format.rawValue)"
    }
}
