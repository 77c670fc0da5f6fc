import CGraphviz
import Clout

/// Collects what Graphviz reports through `agerr`, so nothing reaches stderr and messages come back
/// as values. cgraph's error callback has no context pointer, hence one process-wide sink; it is
/// written only during Graphviz calls, which all run under `Graphviz`'s lock.
enum GraphvizLog {
  /// Past this many bytes further text is dropped (a pathological input can emit millions of warnings).
  static let capacity = 1 << 20

  private static let text = Locked<String>("")

  /// Installs the callback and makes warnings reach it. Called once, before `gvContext()`.
  static func install() {
    _ = agseterrf(captureGraphvizText)
    _ = agseterr(clout_gv_level_warning())
  }

  /// Appends a piece of text (the callback's body).
  static func append(_ piece: String) {
    text.withLock { log in
      if log.utf8.count < capacity { log += piece }
    }
  }

  /// The messages reported since the last call, which are then forgotten.
  static func take() -> [GraphvizMessage] {
    let log = text.withLock { log in
      let current = log
      log = ""
      return current
    }
    return GraphvizMessage.parse(log)
  }
}

/// The `agusererrf` callback: Graphviz passes "Error" or "Warning", then ": ", then the text.
private func captureGraphvizText(_ piece: UnsafeMutablePointer<CChar>?) -> Int32 {
  guard let piece else { return 0 }
  GraphvizLog.append(String(cString: piece))
  return 0
}
