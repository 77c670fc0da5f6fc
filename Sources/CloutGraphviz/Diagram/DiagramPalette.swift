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

  /// `colour` with an alpha channel (`#RRGGBB` → `#RRGGBBAA`), for dimming; other strings unchanged.
  public static func withAlpha(_ colour: String, _ alpha: UInt8) -> String {
    guard colour.count == 7, colour.hasPrefix("#") else { return colour }
    let hex = String(alpha, radix: 16, uppercase: true)
    return colour + (hex.count == 1 ? "0" + hex : hex)
  }
}
