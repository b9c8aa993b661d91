// libepoxy's GL entry points. Its GL names (glClear) are C macros that Swift cannot import, so
// Swift calls the function pointers they expand to (epoxy_glClear).
#include <epoxy/gl.h>
