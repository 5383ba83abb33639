/// The version of bontot, printed by `bontot --version`.
public enum BonTotVersion {
    public static let current = "0.1.0"
}
