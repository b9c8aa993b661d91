// fontconfig, to find font files by family name the way the desktop does.
#include <fontconfig/fontconfig.h>
