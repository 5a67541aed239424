/// The catalogue of the printed documents' composed phrases, Japanese and English side by side
/// (the packet's and minutes' headings are still written beside their HTML with `t(ja, en)`).
/// The entries are in PrintText.catalogue, turned into Swift by the build.
enum PrintText {}
