import Clout
import Foundation

/// Brings the bytes of an XML file to UTF-8 before parsing, honouring its byte-order mark and the
/// `encoding` of its XML declaration: UTF-8 and US-ASCII are checked, UTF-16 (with a byte-order
/// mark), ISO-8859-1 and Windows-1252 are converted, and any other encoding is a located error.
enum XMLText {
  static func utf8(_ data: [UInt8], file: String) throws(InputError) -> [UInt8] {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { return try checked(Array(data.dropFirst(3)), file: file) }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      guard let text = String(data: Data(data), encoding: .utf16) else {
        throw InputError(
          "\(file) starts like UTF-16 but is not valid UTF-16", at: SourceLocation(file: file, line: 1, column: 1),
          hint: "save it as UTF-8")
      }
      return Array(text.utf8)
    }
    guard let (encoding, offset) = declaredEncoding(data) else { return try checked(data, file: file) }
    switch encoding.lowercased() {
    case "utf-8", "utf8", "us-ascii", "ascii":
      return try checked(data, file: file)
    case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
      var scalars = String.UnicodeScalarView()
      for b in data { scalars.append(Unicode.Scalar(b)) }
      return Array(String(scalars).utf8)
    case "windows-1252", "cp1252":
      guard let text = String(data: Data(data), encoding: .windowsCP1252) else {
        throw InputError(
          "\(file) is not valid Windows-1252", at: location(offset, data, file), hint: "save it as UTF-8")
      }
      return Array(text.utf8)
    default:
      throw InputError(
        "unsupported encoding '\(encoding)'", at: location(offset, data, file),
        hint: "Clout reads UTF-8, UTF-16, ISO-8859-1 and Windows-1252 XML; save the file as UTF-8")
    }
  }

  /// The `encoding` pseudo-attribute of an XML declaration at the start, and its byte offset.
  private static func declaredEncoding(_ data: [UInt8]) -> (String, Int)? {
    guard data.starts(with: Array("<?xml".utf8)) else { return nil }
    let head = data.prefix(512)
    guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
    let declaration = String(decoding: head[..<end], as: UTF8.self)
    guard let key = declaration.range(of: "encoding") else { return nil }
    var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    rest = rest.dropFirst()
    let name = rest.prefix { $0 != quote }
    let offset = declaration.utf8.distance(from: declaration.startIndex, to: key.lowerBound)
    return (String(name), offset)
  }

  private static func checked(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
    try TextFile.validUTF8(
      bytes, file: file, hint: "save it as UTF-8, or declare its real encoding in <?xml … encoding=\"…\"?>")
  }

  private static func location(_ offset: Int, _ bytes: [UInt8], _ file: String) -> SourceLocation {
    TextPositions(bytes, file: file).location(offset)
  }
}
