import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target (rename is atomic within a file system). On
/// any failure the temporary file is removed and the target is left as it was.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError("cannot write \(path): the folder \(folder.path) does not exist", hint: "create it first")
    }
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(bytes).write(to: temporary)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw InputError("cannot write \(path): \(error.localizedDescription)", hint: "check the folder's permissions")
    }
    // rename(2) replaces an existing target atomically. (Foundation's replaceItemAt on Linux
    // removes the target first and can fail after that, losing it.)
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw InputError("cannot write \(path): \(reason)", hint: "check the folder's permissions")
    }
  }

  public static func write(_ text: String, to path: String) throws(InputError) {
    try write(Array(text.utf8), to: path)
  }
}
