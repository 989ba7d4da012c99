// FFmpeg 5.1 headers plus functions for the macros Swift cannot import.
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavutil/samplefmt.h>
#include <libswscale/swscale.h>
#include <libswresample/swresample.h>

static inline int standin_averror(int e) { return AVERROR(e); }
static inline int standin_averror_eof(void) { return AVERROR_EOF; }
static inline int standin_averror_eagain(void) { return AVERROR(EAGAIN); }
static inline int64_t standin_nopts_value(void) { return AV_NOPTS_VALUE; }
static inline AVRational standin_time_base_q(void) { return AV_TIME_BASE_Q; }
static inline AVChannelLayout standin_channel_layout_stereo(void) {
    AVChannelLayout layout = AV_CHANNEL_LAYOUT_STEREO; return layout;
}
static inline AVChannelLayout standin_channel_layout_mono(void) {
    AVChannelLayout layout = AV_CHANNEL_LAYOUT_MONO; return layout;
}

// glibc malloc tuning for the long-running stream (see MediaIO's MallocTuning).
#include <malloc.h>
static inline void standin_malloc_tune(int arenas, int mmap_threshold, int trim_threshold) {
    mallopt(M_ARENA_MAX, arenas);
    mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    mallopt(M_TRIM_THRESHOLD, trim_threshold);
}
