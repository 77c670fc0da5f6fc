/// A fixed-length buffer of plain values that owns its memory: allocated once, freed when the value
/// goes out of scope. The working arrays of a kernel (cursors, queues, per-vertex state) live in
/// these instead of in arrays reached through nested `withUnsafeMutableBufferPointer` closures:
/// indexing is that of an unsafe buffer pointer (no bounds or uniqueness checks in release builds),
/// and nothing has to be deallocated by hand. The swift-collections pattern of one owner handing
/// out unsafe access (`Heap._update`, `RigidArray`), for buffers that never grow.
///
/// Noncopyable, so that exactly one owner frees the memory; the subscript setter is nonmutating,
/// so a `let` buffer can be written. Not `Sendable`: a type that lets several threads read one
/// (`PageRankInputs`) says why that is safe.
///
/// - Complexity: O(count) to create (none for `init(uninitializedCount:)`), O(1) to index.
struct ScratchBuffer<Element: BitwiseCopyable>: ~Copyable {
  /// The memory; valid for as long as the buffer is.
  let base: UnsafeMutableBufferPointer<Element>

  /// `count` copies of `value`.
  init(repeating value: Element, count: Int) {
    base = .allocate(capacity: count)
    base.initialize(repeating: value)
  }

  /// Room for `count` values, none written yet: write each one before reading it.
  init(uninitializedCount count: Int) {
    base = .allocate(capacity: count)
  }

  /// A copy of `values`.
  init(copying values: some Collection<Element>) {
    base = .allocate(capacity: values.count)
    _ = base.initialize(fromContentsOf: values)
  }

  deinit { base.deallocate() }

  /// The number of values.
  var count: Int { base.count }

  @inline(__always)
  subscript(i: Int) -> Element {
    get { base[i] }
    nonmutating set { base[i] = newValue }
  }
}
