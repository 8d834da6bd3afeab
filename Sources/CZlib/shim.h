#include <zlib.h>
// malloc_trim, for LedeSystem.Memory (Glibc's Swift module does not include malloc.h).
#include <malloc.h>

// deflateInit2/inflateInit2 are macros Swift cannot import. windowBits 31 = gzip framing.
static inline int CZlib_deflateInitGzip(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
}
static inline int CZlib_inflateInitGzip(z_streamp stream) {
    return inflateInit2(stream, 31);
}
