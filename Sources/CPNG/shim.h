// libpng's classic API. Swift never calls it directly: libpng reports errors by longjmp, which
// must not cross Swift frames, so CPNGSupport wraps every call in C and returns error codes.
#include <png.h>
