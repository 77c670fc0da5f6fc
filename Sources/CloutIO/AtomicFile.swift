import Foundation
import Synchronization

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target (rename(2) is atomic within a file system).
/// On any failure the temporary file is removed and the target is left as it was.
///
/// The temporary name is unique per process and per call (process id, a counter and a random
/// number), and it is created exclusively (`O_EXCL`), so writers in several processes or threads
/// never share one: when they write the same target at once, it ends up as one of them, whole. A
/// process killed while writing leaves the target as it was (and, if killed before the rename,
/// its own temporary file, named `.NAME.PID-N-R.tmp`). The data is not flushed to the disk, so a
/// power cut may still lose it.
public enum AtomicFile {
  private static let counter = Atomic<Int>(0)

  public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError("cannot write \(path): the folder \(folder.path) does not exist", hint: "create it first")
    }
    let number = counter.add(1, ordering: .relaxed).newValue
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(getpid())-\(number)-\(UInt32.random(in: 0...UInt32.max)).tmp"
    ).path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw InputError("cannot write \(path): \(reason)", hint: "check the folder's permissions")
    }
    var failure: String?
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var done = 0
      while done < buffer.count {
        let n = Foundation.write(descriptor, base + done, buffer.count - done)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 {
          failure = String(cString: strerror(errno))
          return
        }
        done += n
      }
    }
    if close(descriptor) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    // rename(2) replaces an existing target atomically. (Foundation's replaceItemAt on Linux
    // removes the target first and can fail after that, losing it.)
    if failure == nil && rename(temporary, url.path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw InputError("cannot write \(path): \(failure)", hint: "check the folder's permissions and free space")
    }
  }

  public static func write(_ text: String, to path: String) throws(InputError) {
    try write(Array(text.utf8), to: path)
  }
}
