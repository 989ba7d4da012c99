// FreeType 2: glyph loading and rendering for captions and labels.
#include <ft2build.h>
#include FT_FREETYPE_H
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

// A font read with pread, not mapped (FT_New_Face maps the whole file). A CJK font is ~19 MB
// and captions keep touching new glyphs, so a mapped one grows the process's resident set
// for hours (64 KB around every glyph); read bytes land in FreeType's own small buffers and
// the kernel's page cache, shared and reclaimable.
static unsigned long standin_ft_pread(FT_Stream stream, unsigned long offset, unsigned char *buffer,
                                      unsigned long count) {
    if (count == 0) return offset <= stream->size ? 0 : 1;   // a seek: 0 is success
    ssize_t got = pread((int)stream->descriptor.value, buffer, count, (off_t)offset);
    return got < 0 ? 0 : (unsigned long)got;
}

static void standin_ft_close(FT_Stream stream) {
    close((int)stream->descriptor.value);
    free(stream);
}

// FT_New_Face without the mapping. FreeType closes the stream (and this frees it) in
// FT_Done_Face, or at once when opening fails.
static inline FT_Error standin_ft_open_face_unmapped(FT_Library library, const char *path, FT_Long index,
                                                     FT_Face *face) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return FT_Err_Cannot_Open_Resource;
    struct stat info;
    FT_Stream stream = fstat(fd, &info) == 0 ? calloc(1, sizeof *stream) : NULL;
    if (!stream) {
        close(fd);
        return FT_Err_Cannot_Open_Resource;
    }
    stream->size = (unsigned long)info.st_size;
    stream->descriptor.value = fd;
    stream->read = standin_ft_pread;
    stream->close = standin_ft_close;
    FT_Open_Args args = {0};
    args.flags = FT_OPEN_STREAM;
    args.stream = stream;
    return FT_Open_Face(library, &args, index, face);
}
