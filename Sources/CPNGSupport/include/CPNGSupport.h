// PNG reading and writing for Swift, with libpng's longjmp error handling kept inside C.
// Every function returns an NLPNGStatus and, on failure, a NUL-terminated reason in `message`.
#ifndef CPNGSUPPORT_H
#define CPNGSUPPORT_H

#include <stddef.h>
#include <stdint.h>

/// Why a call failed; NLPNG_OK when it did not.
typedef enum {
    NLPNG_OK = 0,
    /// fopen failed; the message holds strerror(errno).
    NLPNG_CANNOT_OPEN = 1,
    /// The file does not start with the PNG signature.
    NLPNG_NOT_PNG = 2,
    /// libpng reported an error; the message holds its text.
    NLPNG_LIBPNG = 3,
    /// malloc failed, or the image is too large to address.
    NLPNG_OUT_OF_MEMORY = 4,
    /// A write or close failed after the file was opened (disk full, I/O error).
    NLPNG_IO = 5,
} NLPNGStatus;

/// Writes `rgba` (width * height * 4 bytes, rows top first unless `flip_vertically`, which
/// takes the rows bottom first as GL readback gives them) as an 8-bit RGBA PNG.
/// `compression_level` is zlib's, 0 to 9. Reentrant: no state outside the call.
NLPNGStatus nlpng_write_rgba(const char *path, int32_t width, int32_t height,
                             const uint8_t *rgba, int flip_vertically, int compression_level,
                             char *message, size_t message_capacity);

/// Reads any PNG as 8-bit RGBA, rows top first. On success `*rgba` is a malloc'ed buffer of
/// width * height * 4 bytes that the caller releases with nlpng_free. Reentrant.
NLPNGStatus nlpng_read_rgba(const char *path, int32_t *width, int32_t *height, uint8_t **rgba,
                            char *message, size_t message_capacity);

/// Releases a buffer returned by nlpng_read_rgba; NULL is allowed.
void nlpng_free(uint8_t *rgba);

#endif
