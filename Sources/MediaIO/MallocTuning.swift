import CFFmpeg

/// glibc malloc settings for a process that runs for days with a few threads and large,
/// short-lived media buffers.
///
/// By default glibc raises its mmap threshold each time a large block is freed (up to 32 MB),
/// so later large buffers (a line's PCM, a scene's frame) come from the heap and the holes
/// they leave stay resident; and each thread that allocates may get its own arena. A fixed
/// threshold sends blocks of 256 KB and more to mmap (returned to the system when freed), and
/// two arenas are plenty for the render, send and output threads.
///
/// ```swift
/// MallocTuning.forLongRunningStream()   // first thing in `standin stream`
/// ```
public enum MallocTuning {
    public static func forLongRunningStream() {
        standin_malloc_tune(2, 256 * 1024, 1024 * 1024)
    }
}
