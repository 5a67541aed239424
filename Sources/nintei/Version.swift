/// The program's version, printed by `nintei --version` and stamped on the man page. Raised by
/// hand when a release is cut; the store's schema has its own migrations, not this number.
enum NinteiVersion {
    static let current = "0.9.0"
}
