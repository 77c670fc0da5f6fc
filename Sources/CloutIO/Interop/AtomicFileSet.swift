import Clout
import Foundation

/// Writes several files as one output (CSV sheet pairs, neo4j-admin files) so that a failure leaves
/// nothing behind: each file is written to a temporary file in its own folder, then every
/// temporary file is renamed over its target. When writing any of them fails, the temporary files
/// are removed and no target is touched. (`AtomicFile` does the same for a single file.)
public enum AtomicFileSet {
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
  }

  /// Writes every file, or none. (A failure between two renames, which needs the disk to vanish
  /// mid-way, can leave the first files written.)
  public static func write(_ files: [(path: String, contents: String)]) throws(Failure) {
    var temporaries: [(temporary: URL, target: URL)] = []
    func cleanUp() {
      for t in temporaries { try? FileManager.default.removeItem(at: t.temporary) }
    }
    for file in files {
      let target = URL(fileURLWithPath: file.path)
      let folder = target.deletingLastPathComponent()
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        cleanUp()
        throw Failure(path: file.path, reason: "the folder \(folder.path) does not exist")
      }
      let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
      do {
        try Data(file.contents.utf8).write(to: temporary)
      } catch {
        try? FileManager.default.removeItem(at: temporary)
        cleanUp()
        throw Failure(path: file.path, reason: error.localizedDescription)
      }
      temporaries.append((temporary, target))
    }
    for (k, t) in temporaries.enumerated() {
      if rename(t.temporary.path, t.target.path) != 0 {
        let reason = String(cString: strerror(errno))
        for rest in temporaries[k...] { try? FileManager.default.removeItem(at: rest.temporary) }
        throw Failure(path: t.target.path, reason: reason)
      }
    }
  }
}
