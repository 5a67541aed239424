/// The catalogue of the store's words (its refusals and failures, the data folder's problems),
/// in Japanese and English side by side. The screens have their own (`UIText` in NinteiApp).
/// The entries are in StoreText.catalogue, turned into Swift by the build.
enum StoreText {}
