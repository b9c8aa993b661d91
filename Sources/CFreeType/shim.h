// FreeType for the glyph atlas. Its headers are reached through macros (FT_FREETYPE_H), and a
// few values Swift needs are function-like macros it cannot import, so they are restated here.
#include <ft2build.h>
#include FT_FREETYPE_H

/// FT_LOAD_TARGET_LIGHT: hint vertically only, which keeps glyph shapes true to the design
/// while still snapping stems and the baseline to the pixel grid.
static const FT_Int32 CFT_LOAD_TARGET_LIGHT = FT_LOAD_TARGET_LIGHT;

/// Whether the face has a kerning table that FT_Get_Kerning can read (FT_HAS_KERNING).
static inline int cft_has_kerning(FT_Face face) {
    return FT_HAS_KERNING(face) ? 1 : 0;
}

/// FreeType's name for an error code. Its own FT_Error_String is compiled out of the distro
/// builds, so the table is built here from fterrors.h, which is designed to be included again
/// with FT_ERRORDEF redefined.
static inline const char *cft_error_text(FT_Error error) {
#undef FTERRORS_H_
#define FT_ERRORDEF(code, value, text) case value: return text;
#define FT_ERROR_START_LIST switch (error) {
#define FT_ERROR_END_LIST default: return "unknown FreeType error"; }
#include FT_ERRORS_H
}
