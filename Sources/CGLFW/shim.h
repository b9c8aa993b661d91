// GLFW without its own GL header: every GL call goes through libepoxy, and letting GLFW pull in
// <GL/gl.h> would bind libGL's symbols directly and bypass epoxy's dispatch.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
