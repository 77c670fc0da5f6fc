#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where edge-list text comes from, delivered as chunks of whole lines.
///
/// A file is read with read(2) into one reused buffer (1 MiB, grown only for a longer line), so
/// the process holds at most a buffer of it at a time: unlike a mapping, the page cache does not
/// count towards the resident set, and a file can be read twice (count, then place) at the cost of
/// copying it from the cache. Text in memory is one chunk.
enum LineChunks: Sendable {
  case file(String)
  /// The bytes `range` of a file, which start and end at line boundaries.
  case fileRange(String, Range<Int>)
  case memory([UInt8])

  static let chunkSize = 1 << 20

  /// The name used in messages.
  var name: String {
    switch self {
    case .file(let path), .fileRange(let path, _): return path
    case .memory: return "text"
    }
  }

  /// The size of the text in bytes, if known.
  var byteCount: Int? {
    switch self {
    case .memory(let bytes): return bytes.count
    case .fileRange(_, let range): return range.count
    case .file(let path):
      var info = stat()
      return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }
  }

  /// The file cut into `count` consecutive pieces of about equal size, each starting and ending
  /// at a line boundary; just this source when it is not a file or has too few lines to cut.
  func pieces(_ count: Int) -> [LineChunks] {
    guard count > 1, case .file(let path) = self, let size = byteCount, size > 0 else { return [self] }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return [self] }
    defer { close(fd) }
    var cuts = [0]
    var probe = [UInt8](repeating: 0, count: 1 << 16)
    for k in 1..<count {
      // The first newline at or after k/count of the file ends piece k − 1.
      var at = max(size * k / count, cuts[cuts.count - 1])
      var cut: Int?
      while cut == nil && at < size {
        let got = probe.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
        if got <= 0 { break }
        if let i = probe[0..<got].firstIndex(of: 0x0A) { cut = at + i + 1 } else { at += got }
      }
      guard let cut, cut < size else { break }
      cuts.append(cut)
    }
    cuts.append(size)
    if cuts.count < 3 { return [self] }
    return (0..<(cuts.count - 1)).map { .fileRange(path, cuts[$0]..<cuts[$0 + 1]) }
  }

  /// Calls `body` with consecutive chunks of the text, each ending just after a newline (the last
  /// one may end without), until it returns false. Every line lies wholly in one chunk. `progress`
  /// gets the number of bytes handed over so far, after each chunk.
  func forEach(
    progress: ((Int) -> Void)? = nil, _ body: (UnsafeBufferPointer<UInt8>) throws(InputError) -> Bool
  ) throws(InputError) {
    switch self {
    case .memory(let bytes):
      let result: Result<Bool, InputError> = bytes.withUnsafeBufferPointer { buffer in
        Result { () throws(InputError) in try body(buffer) }
      }
      _ = try result.get()
      progress?(bytes.count)
    case .file(let path):
      try Self.readFile(path, 0..<Int.max, progress, body)
    case .fileRange(let path, let range):
      try Self.readFile(path, range, progress, body)
    }
  }

  private static func readFile(
    _ path: String, _ range: Range<Int>, _ progress: ((Int) -> Void)?,
    _ body: (UnsafeBufferPointer<UInt8>) throws(InputError) -> Bool
  ) throws(InputError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw failure(path, errno) }
    defer { close(fd) }
    if range.lowerBound > 0 && lseek(fd, off_t(range.lowerBound), SEEK_SET) < 0 { throw failure(path, errno) }
    var left = range.count
    var capacity = chunkSize
    var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    var filled = 0
    var consumed = 0
    var atEnd = false
    while true {
      while filled < capacity && !atEnd {
        let got = read(fd, buffer + filled, min(capacity - filled, left))
        if got < 0 {
          if errno == EINTR { continue }
          throw failure(path, errno)
        }
        if got == 0 {
          atEnd = true
        } else {
          filled += got
          left -= got
          if left == 0 { atEnd = true }
        }
      }
      if atEnd {
        if filled > 0 { _ = try body(UnsafeBufferPointer(start: buffer, count: filled)) }
        progress?(consumed + filled)
        return
      }
      var last = filled - 1
      while last >= 0 && buffer[last] != 0x0A { last -= 1 }
      if last < 0 {
        // One line longer than the buffer: double it and read on.
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        bigger.update(from: buffer, count: filled)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
        continue
      }
      guard try body(UnsafeBufferPointer(start: buffer, count: last + 1)) else { return }
      consumed += last + 1
      progress?(consumed)
      let rest = filled - (last + 1)
      if rest > 0 { memmove(buffer, buffer + last + 1, rest) }
      filled = rest
    }
  }

  private static func failure(_ path: String, _ code: Int32) -> InputError {
    InputError("cannot read \(path): \(String(cString: strerror(code)))", hint: "check the path and permissions")
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The index of the next newline at or after `start`, or `count`.
  @inline(__always)
  func newline(from start: Int) -> Int {
    guard let base = baseAddress, start < count else { return count }
    guard let hit = memchr(base + start, 0x0A, count - start) else { return count }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
  }
}
