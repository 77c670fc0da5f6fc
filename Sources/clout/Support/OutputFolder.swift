import ArgumentParser
import Foundation

/// Makes sure the folder of an output file exists before any work is done: a missing folder is
/// created (like `mkdir -p`); a path that cannot hold the file (a parent that is a file, a folder
/// that cannot be created or written) is refused at once, before the input is read.
enum OutputFolder {
  static func prepare(for output: String) throws {
    guard output != "-" else { return }
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
      throw usageFailure("-o \(output) is a folder; name a file in it")
    }
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw usageFailure("-o \(output): \(folder) is a file, not a folder") }
    } else {
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Console.error("created folder \(folder)")
      } catch {
        throw usageFailure("-o \(output): cannot create the folder \(folder) (\(error.localizedDescription))")
      }
    }
    guard FileManager.default.isWritableFile(atPath: folder) else {
      throw usageFailure("-o \(output): the folder \(folder) is not writable")
    }
  }
}
