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

// Start-up pages (see MediaIO's StartupPages): asks the kernel to reclaim the pages of every
// read-only file mapping (code and data of the executable and libraries, fonts) and returns
// the bytes of the mappings advised, or -errno when none could be. Pages other processes map
// stay; pages touched again are read back in.
#include <errno.h>
#include <stdio.h>
#include <sys/mman.h>
#ifndef MADV_PAGEOUT
#define MADV_PAGEOUT 21
#endif
static inline long standin_page_out_file_mappings(void) {
    FILE *maps = fopen("/proc/self/maps", "re");
    if (!maps) return -errno;
    char line[4096];
    long advised = 0;
    int failure = 0;
    while (fgets(line, sizeof line, maps)) {
        unsigned long start, end;
        char perms[5];
        int path = 0;
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %n", &start, &end, perms, &path) < 3 || path == 0) continue;
        if (line[path] != '/' || perms[1] == 'w') continue;
        if (madvise((void *)start, end - start, MADV_PAGEOUT) == 0) advised += (long)(end - start);
        else failure = errno;
    }
    fclose(maps);
    malloc_trim(0);
    return advised == 0 && failure ? -failure : advised;
}
