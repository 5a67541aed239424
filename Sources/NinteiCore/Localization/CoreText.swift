/// The catalogue of the texts the rules compose (reports, a document's reading errors), in
/// Japanese and English side by side. The app's screens have their own (`UIText` in NinteiApp).
/// The entries are in CoreText.catalogue, turned into Swift by the build.
enum CoreText {}
