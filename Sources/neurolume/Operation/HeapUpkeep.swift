// Keeping the C heap from creeping up over days. Between scenes the trainer, the renderers and
// the GL driver free buffers of one size and allocate others; glibc keeps the freed memory for
// reuse, and its pages stay resident even when the next scene cannot use them. Measured with
// `soak`: heap in use stayed flat while the memory glibc held grew with the resident size.

import CMalloc

enum HeapUpkeep {
    /// Blocks of at least this many bytes are mapped on their own and unmapped when freed.
    static let mappedBlockBytes: Int32 = 256 * 1024

    /// Call once at start. Fixes glibc's threshold for mapping large blocks (frame buffers,
    /// textures, datasets) on their own: by default it rises after the first such block is
    /// freed, and later large blocks then come from the heap and leave holes when freed.
    static func configure() {
        mallopt(M_MMAP_THRESHOLD, mappedBlockBytes)
    }

    /// Hands the heap's free pages back to the system. A few milliseconds; call when a scene
    /// changes, not every frame.
    static func trim() {
        malloc_trim(0)
    }
}
