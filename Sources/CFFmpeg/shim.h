// FFmpeg 5.1 headers plus functions for the macros Swift cannot import.
#include <libavformat/avformat.h>
#include <libavcodec/avcodec.h>
#include <libavutil/avutil.h>
#include <libavutil/channel_layout.h>
#include <libavutil/crc.h>
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

// Start-up pages (see MediaIO's StartupPages): drops this process's page-table entries for
// every read-only file mapping that holds no private (copied-on-write) page, i.e. whose pages
// are exactly the file's: code and read-only data of the executable and libraries. The pages
// stay in the kernel's page cache; touching one again maps it back (a minor fault). Relocated
// data (RELRO: read-only now, but written at load) has private pages and is left alone, since
// MADV_DONTNEED would revert it to the file's bytes. Unlike MADV_PAGEOUT this works for any
// user (the kernel pages out file pages only for their owner). Returns the bytes of the
// mappings dropped, or -errno when /proc/self/smaps cannot be read.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
static inline long standin_drop_clean_file_mappings(void) {
    FILE *smaps = fopen("/proc/self/smaps", "re");
    if (!smaps) return -errno;
    size_t count = 0, capacity = 0;
    unsigned long (*ranges)[2] = NULL;
    char *line = NULL;
    size_t size = 0;
    unsigned long start = 0, end = 0;
    int candidate = 0;
    while (getline(&line, &size, smaps) >= 0) {
        unsigned long low, high;
        char perms[5];
        int path = 0;
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %n", &low, &high, perms, &path) >= 3) {
            // A mapping's header line: a file path (not [heap], [vdso]…), not writable.
            start = low; end = high;
            candidate = path > 0 && line[path] == '/' && perms[1] != 'w';
            continue;
        }
        unsigned long anonymous;
        if (candidate && sscanf(line, "Anonymous: %lu kB", &anonymous) == 1) {
            candidate = 0;
            if (anonymous != 0) continue;   // copied-on-write pages: they must stay
            if (count == capacity) {
                capacity = capacity ? capacity * 2 : 256;
                void *grown = realloc(ranges, capacity * sizeof *ranges);
                if (!grown) break;
                ranges = grown;
            }
            ranges[count][0] = start;
            ranges[count][1] = end;
            count += 1;
        }
    }
    free(line);
    fclose(smaps);
    long dropped = 0;
    for (size_t index = 0; index < count; index++) {
        if (madvise((void *)ranges[index][0], ranges[index][1] - ranges[index][0], MADV_DONTNEED) == 0)
            dropped += (long)(ranges[index][1] - ranges[index][0]);
    }
    free(ranges);
    malloc_trim(0);
    return dropped;
}

// The name libav gives the object a log line comes from ("tcp", "rtmp", "libx264"), or NULL.
static inline const char *standin_av_log_component(void *object) {
    if (!object) return NULL;
    const AVClass *class = *(const AVClass **)object;
    if (!class) return NULL;
    return class->item_name ? class->item_name(object) : class->class_name;
}
