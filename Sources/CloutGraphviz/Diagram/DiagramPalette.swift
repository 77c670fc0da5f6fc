/// The colours diagrams use: the Okabe–Ito palette, distinguishable with the common forms of
/// colour-vision deficiency (M. Okabe and K. Ito, "Color Universal Design — How to make figures
/// and presentations that are friendly to colorblind people", 2008), plus light tints of it for
/// node fills so that black text stays readable.
public enum DiagramPalette {
  public static let black = "#000000"
  public static let orange = "#E69F00"
  public static let skyBlue = "#56B4E9"
  public static let bluishGreen = "#009E73"
  public static let yellow = "#F0E442"
  public static let blue = "#0072B2"
  public static let vermillion = "#D55E00"
  public static let reddishPurple = "#CC79A7"
  public static let grey = "#7F7F7F"

  /// Light tints (about 20 % of the hue over white) for fills.
  public static let blueTint = "#D2E6F3"
  public static let orangeTint = "#FAE6BF"
  public static let bluishGreenTint = "#C7EADF"
  public static let reddishPurpleTint = "#F3DEE9"
  public static let greyTint = "#F2F2F2"

  /// Group colours in the order groups take them (Okabe–Ito, most distinct first).
  public static let groupColors = [blue, orange, bluishGreen, reddishPurple, skyBlue, yellow, vermillion]

  /// A tint of `colour` (`#RRGGBB`): `share` of it over white (22 %: light, for node fills under
  /// black text); other strings give the grey tint.
  public static func tint(_ colour: String, share: Double = 0.22) -> String {
    guard colour.count == 7, colour.hasPrefix("#"), let value = UInt32(colour.dropFirst(), radix: 16) else {
      return greyTint
    }
    let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { c in
      UInt32((share * Double(c) + (1 - share) * 255).rounded())
    }
    return "#"
      + channels.map { c in
        let hex = String(c, radix: 16, uppercase: true)
        return hex.count == 1 ? "0" + hex : hex
      }.joined()
  }

  /// `colour` with an alpha channel (`#RRGGBB` → `#RRGGBBAA`), for dimming; other strings unchanged.
  public static func withAlpha(_ colour: String, _ alpha: UInt8) -> String {
    guard colour.count == 7, colour.hasPrefix("#") else { return colour }
    let hex = String(alpha, radix: 16, uppercase: true)
    return colour + (hex.count == 1 ? "0" + hex : hex)
  }
}
