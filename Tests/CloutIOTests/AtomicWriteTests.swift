import CloutIO
import Dispatch
import Foundation
import Synchronization
import Testing

@Suite("Atomic writes: a reader sees the old file or a new one, whole")
struct AtomicWriteTests {
  /// A fresh folder, removed when dropped.
  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("clout-atomic-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  @Test("threads writing the same file at once leave one of their contents, never a mix")
  func concurrentThreads() throws {
    let folder = try Folder()
    let path = folder.url.appendingPathComponent("out.json").path
    // Distinct contents, large enough that a write takes many system calls' worth of time.
    let contents = (0..<6).map { k in [UInt8](repeating: UInt8(ascii: "a") + UInt8(k), count: 512 << 10) }
    try AtomicFile.write(contents[0], to: path)
    let torn = Atomic<Int>(0)
    let failures = Mutex<[String]>([])
    let stop = Atomic<Bool>(false)
    let reader = Thread {
      while !stop.load(ordering: .relaxed) {
        guard let data = FileManager.default.contents(atPath: path) else {
          torn.add(1, ordering: .relaxed)
          continue
        }
        if !contents.contains(where: { $0.count == data.count && $0.elementsEqual(data) }) {
          torn.add(1, ordering: .relaxed)
        }
      }
    }
    reader.start()
    DispatchQueue.concurrentPerform(iterations: contents.count) { k in
      for _ in 0..<20 {
        do {
          try AtomicFile.write(contents[k], to: path)
        } catch {
          failures.withLock { $0.append("\(error)") }
        }
      }
    }
    stop.store(true, ordering: .relaxed)
    Thread.sleep(forTimeInterval: 0.05)
    #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 }.prefix(3))")
    #expect(torn.load(ordering: .relaxed) == 0)
    let final = try #require(FileManager.default.contents(atPath: path))
    #expect(contents.contains { $0.elementsEqual(final) })
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(left == ["out.json"], "temporary files left: \(left)")
  }

  @Test("a failed write leaves the target as it was and no temporary file")
  func failedWrite() throws {
    let folder = try Folder()
    let path = folder.url.appendingPathComponent("out.txt").path
    try AtomicFile.write("old", to: path)
    // A folder cannot be replaced by a file: the rename fails after the bytes were written.
    let blocked = folder.url.appendingPathComponent("sub").path
    try FileManager.default.createDirectory(atPath: blocked + "/inner", withIntermediateDirectories: true)
    #expect(throws: InputError.self) { try AtomicFile.write("new", to: blocked) }
    #expect(throws: InputError.self) { try AtomicFile.write("new", to: folder.url.path + "/missing/out.txt") }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(left == ["out.txt", "sub"])
  }
}
