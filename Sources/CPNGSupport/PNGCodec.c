// libpng behind plain return codes. libpng reports errors by longjmp to the caller's setjmp;
// Swift frames cannot be jumped over, so the setjmp, every libpng call and all the clean-up on
// failure live here, and Swift sees only an NLPNGStatus and a message.
#include "CPNGSupport.h"

#include <errno.h>
#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// Where on_error copies libpng's text before it jumps back.
typedef struct {
    char *message;
    size_t capacity;
} ErrorSink;

static void put_message(char *message, size_t capacity, const char *format, const char *detail) {
    if (message != NULL && capacity > 0) {
        snprintf(message, capacity, format, detail);
    }
}

static void on_error(png_structp png, png_const_charp text) {
    ErrorSink *sink = png_get_error_ptr(png);
    put_message(sink->message, sink->capacity, "%s", text);
    png_longjmp(png, 1);
}

static void on_warning(png_structp png, png_const_charp text) {
    // Warnings (a known-odd sRGB profile, say) do not stop the image, and libpng's default
    // handler would print them to stderr in the middle of test and program output.
    (void)png;
    (void)text;
}

NLPNGStatus nlpng_write_rgba(const char *path, int32_t width, int32_t height,
                             const uint8_t *rgba, int flip_vertically, int compression_level,
                             char *message, size_t message_capacity) {
    FILE *file = fopen(path, "wb");
    if (file == NULL) {
        put_message(message, message_capacity, "cannot open for writing: %s", strerror(errno));
        return NLPNG_CANNOT_OPEN;
    }

    // Row pointers do the flip: libpng writes rows in pointer order, so no pixel is copied.
    size_t stride = (size_t)width * 4;
    png_bytep *rows = malloc(sizeof(png_bytep) * (size_t)height);
    if (rows == NULL) {
        fclose(file);
        remove(path);
        put_message(message, message_capacity, "%s", "out of memory for the row table");
        return NLPNG_OUT_OF_MEMORY;
    }
    for (int32_t y = 0; y < height; y++) {
        int32_t source = flip_vertically ? height - 1 - y : y;
        rows[y] = (png_bytep)rgba + (size_t)source * stride;
    }

    ErrorSink sink = {message, message_capacity};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
    png_infop info = png != NULL ? png_create_info_struct(png) : NULL;
    if (info == NULL) {
        png_destroy_write_struct(&png, NULL);
        free(rows);
        fclose(file);
        remove(path);
        put_message(message, message_capacity, "%s", "out of memory for libpng's state");
        return NLPNG_OUT_OF_MEMORY;
    }

    // Everything above is set before setjmp and never changed after, so it survives the jump.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(rows);
        fclose(file);
        remove(path);
        return NLPNG_LIBPNG;
    }
    png_init_io(png, file);
    png_set_compression_level(png, compression_level);
    png_set_IHDR(png, info, (png_uint_32)width, (png_uint_32)height, 8, PNG_COLOR_TYPE_RGBA,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    png_write_image(png, rows);
    png_write_end(png, NULL);

    png_destroy_write_struct(&png, &info);
    free(rows);
    if (fclose(file) != 0) {
        put_message(message, message_capacity, "cannot finish writing: %s", strerror(errno));
        remove(path);
        return NLPNG_IO;
    }
    return NLPNG_OK;
}

/// Asks libpng to turn any colour type and bit depth into 8-bit RGBA as it reads.
static void request_rgba8(png_structp png, png_infop info) {
    int color = png_get_color_type(png, info);
    int depth = png_get_bit_depth(png, info);
    int has_transparency = png_get_valid(png, info, PNG_INFO_tRNS) != 0;

    if (depth == 16) {
        png_set_strip_16(png);
    }
    if (color == PNG_COLOR_TYPE_PALETTE) {
        png_set_palette_to_rgb(png);
    }
    if (color == PNG_COLOR_TYPE_GRAY && depth < 8) {
        png_set_expand_gray_1_2_4_to_8(png);
    }
    if (has_transparency) {
        png_set_tRNS_to_alpha(png);
    }
    if (color == PNG_COLOR_TYPE_GRAY || color == PNG_COLOR_TYPE_GRAY_ALPHA) {
        png_set_gray_to_rgb(png);
    }
    if ((color & PNG_COLOR_MASK_ALPHA) == 0 && !has_transparency) {
        png_set_filler(png, 0xFF, PNG_FILLER_AFTER);
    }
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
}

NLPNGStatus nlpng_read_rgba(const char *path, int32_t *width, int32_t *height, uint8_t **rgba,
                            char *message, size_t message_capacity) {
    *rgba = NULL;
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        put_message(message, message_capacity, "cannot open for reading: %s", strerror(errno));
        return NLPNG_CANNOT_OPEN;
    }

    // Check the signature ourselves: "not a PNG" is a clearer answer than libpng's complaint.
    png_byte signature[8];
    if (fread(signature, 1, sizeof signature, file) != sizeof signature
        || png_sig_cmp(signature, 0, sizeof signature) != 0) {
        fclose(file);
        put_message(message, message_capacity, "%s", "not a PNG file (no PNG signature)");
        return NLPNG_NOT_PNG;
    }

    ErrorSink sink = {message, message_capacity};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
    png_infop info = png != NULL ? png_create_info_struct(png) : NULL;
    if (info == NULL) {
        png_destroy_read_struct(&png, NULL, NULL);
        fclose(file);
        put_message(message, message_capacity, "%s", "out of memory for libpng's state");
        return NLPNG_OUT_OF_MEMORY;
    }

    // Assigned after setjmp, so volatile: the clean-up below must see their latest values.
    uint8_t *volatile pixels = NULL;
    png_bytep *volatile rows = NULL;
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, NULL);
        free(rows);
        free(pixels);
        fclose(file);
        return NLPNG_LIBPNG;
    }
    png_init_io(png, file);
    png_set_sig_bytes(png, sizeof signature);
    png_read_info(png, info);
    request_rgba8(png, info);

    png_uint_32 columns = png_get_image_width(png, info);
    png_uint_32 lines = png_get_image_height(png, info);
    size_t stride = png_get_rowbytes(png, info);
    if (stride != (size_t)columns * 4 || columns > INT32_MAX || lines > INT32_MAX) {
        png_error(png, "image cannot be converted to 8-bit RGBA");
    }
    pixels = malloc(stride * lines);
    rows = malloc(sizeof(png_bytep) * lines);
    if (pixels == NULL || rows == NULL) {
        png_error(png, "out of memory for the pixels");
    }
    for (png_uint_32 y = 0; y < lines; y++) {
        rows[y] = pixels + (size_t)y * stride;
    }
    png_read_image(png, rows);
    png_read_end(png, NULL);

    png_destroy_read_struct(&png, &info, NULL);
    free(rows);
    fclose(file);
    *width = (int32_t)columns;
    *height = (int32_t)lines;
    *rgba = pixels;
    return NLPNG_OK;
}

void nlpng_free(uint8_t *rgba) {
    free(rgba);
}
