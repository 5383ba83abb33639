import Foundation

/// Vietnamese alphabetical order (Đ after D, tones after the base letter), deterministic and fast.
///
/// "Ấp Bắc" < "Bình Minh" < "Dũng" < "Đồng Tâm" < "Đức" < "Eo Gió". See `VietnameseSortKey` for
/// the exact order. To sort many names, use `sorted(_:by:)`, which makes each key once.
public enum VietnameseCollation {
    /// True when `a` comes before `b`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        VietnameseSortKey(a) < VietnameseSortKey(b)
    }

    /// The order of `a` and `b`; `.orderedSame` only for canonically equal strings.
    public static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let order = VietnameseSortKey.order(VietnameseSortKey(a), VietnameseSortKey(b))
        return order < 0 ? .orderedAscending : (order > 0 ? .orderedDescending : .orderedSame)
    }

    /// The strings in Vietnamese order.
    public static func sorted(_ strings: [String]) -> [String] {
        sorted(strings) { $0 }
    }

    /// The items ordered by a name, each name's key computed once; equal names keep their order.
    public static func sorted<Item>(_ items: [Item], by name: (Item) -> String) -> [Item] {
        let keys = items.map { VietnameseSortKey(name($0)) }
        return keys.indices
            .sorted { left, right in
                let order = VietnameseSortKey.order(keys[left], keys[right])
                return order != 0 ? order < 0 : left < right
            }
            .map { items[$0] }
    }
}
