import Foundation

/// The target this process fuzzes, from `CLOUT_FUZZ_TARGET`.
nonisolated(unsafe) private var target: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  let name = ProcessInfo.processInfo.environment["CLOUT_FUZZ_TARGET"] ?? ""
  guard let chosen = FuzzTarget(rawValue: name) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
    FileHandle.standardError.write(Data("set CLOUT_FUZZ_TARGET to one of: \(names)\n".utf8))
    exit(2)
  }
  target = chosen
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  target?.run(bytes)
  return 0
}
