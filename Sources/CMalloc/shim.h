// glibc's heap statistics (mallinfo2), which Swift's Glibc module leaves out: the soak and
// health reports use them to tell heap growth from memory mapped outside malloc.
#include <malloc.h>
