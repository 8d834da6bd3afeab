import CZlib

/// Process memory housekeeping.
package enum Memory {
    /// Returns free heap pages of every malloc arena to the OS (glibc `malloc_trim`).
    /// Called once after a bulk load, whose transient allocations would otherwise stay
    /// resident.
    package static func releaseFreePages() {
        _ = malloc_trim(0)
    }
}
