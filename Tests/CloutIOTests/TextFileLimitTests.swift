import CloutIO
import Foundation
import Testing

/// `TextFile` applies its size limit before reading: a larger regular file is refused from its
/// size, and a file whose size says nothing (a device, a pipe) is read only up to the limit.
@Suite("Text files: the size limit applies before reading")
struct TextFileLimitTests {
  static let limit = 1 << 20

  static func error(_ body: () throws(InputError) -> Void) -> InputError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  @Test("a larger regular file is refused from its size, without reading it")
  func largeFileRefusedFromItsSize() throws {
    let folder = try TemporaryFolder()
    let path = try folder.file("big.yaml", [])
    // A sparse 4 GiB file: reading it would take seconds and gigabytes; stat takes nothing.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 4 << 30)
    try handle.close()
    let started = ContinuousClock.now
    let error = Self.error { () throws(InputError) in
      _ = try TextFile.bytes(path, maxBytes: Self.limit, what: "a network file")
    }
    #expect(ContinuousClock.now - started < .seconds(1))
    #expect(
      error?.diagnostics.first?.message == "\(path) is 4096.0 MiB, larger than the 1.0 MiB a network file may be",
      "\(String(describing: error))")
  }

  @Test("a device of endless bytes is read only up to the limit")
  func endlessDeviceStopsAtTheLimit() throws {
    let error = Self.error { () throws(InputError) in
      _ = try TextFile.bytes("/dev/zero", maxBytes: Self.limit, what: "a file to import")
    }
    #expect(
      error?.diagnostics.first?.message == "/dev/zero is larger than the 1.0 MiB a file to import may be",
      "\(String(describing: error))")
  }

  @Test("a file of exactly the limit is read whole, byte for byte")
  func fileAtTheLimitIsRead() throws {
    let folder = try TemporaryFolder()
    let bytes = (0..<Self.limit).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let path = try folder.file("edge.bin", bytes)
    #expect(try TextFile.bytes(path, maxBytes: Self.limit, what: "a file") == bytes)
    let over = try folder.file("over.bin", bytes + [0])
    let error = Self.error { () throws(InputError) in _ = try TextFile.bytes(over, maxBytes: Self.limit, what: "a file")
    }
    #expect(error?.diagnostics.first?.message.contains("is 1.0 MiB, larger than the 1.0 MiB a file may be") == true)
  }

  @Test("text: a byte-order mark is dropped, UTF-16 and invalid UTF-8 are located errors")
  func textChecks() throws {
    let folder = try TemporaryFolder()
    let marked = try folder.file("bom.yaml", [0xEF, 0xBB, 0xBF] + Array("clout: 1\n".utf8))
    #expect(try TextFile.text(marked, maxBytes: Self.limit, what: "a network file") == "clout: 1\n")
    let wide = try folder.file("wide.yaml", [0xFF, 0xFE, 0x63, 0x00])
    let utf16 = Self.error { () throws(InputError) in
      _ = try TextFile.text(wide, maxBytes: Self.limit, what: "a network file")
    }
    #expect(utf16?.diagnostics.first?.message == "\(wide) is UTF-16 encoded")
    let broken = try folder.file("broken.yaml", Array("a: 1\nb: x".utf8) + [0xC3, 0x28])
    let invalid = Self.error { () throws(InputError) in
      _ = try TextFile.text(broken, maxBytes: Self.limit, what: "a network file")
    }
    #expect(invalid?.diagnostics.first?.message.contains("not valid UTF-8 (first bad byte at offset 9)") == true)
    #expect(invalid?.diagnostics.first?.location?.line == 2)
  }
}
