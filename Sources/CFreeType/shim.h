// FreeType 2: glyph loading and rendering for captions and labels.
#include <ft2build.h>
#include FT_FREETYPE_H
