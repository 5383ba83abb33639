import Foundation

/// A district's own minutes, story or score naming a branch of one of its units (`kdc-an-phu`,
/// or `phuong-an-hoa/kdc-an-phu` as the district knows it): a site's files may name only its own
/// branches, so this is an unknown branch, but "không tồn tại" is untrue of a branch the office
/// can see in the unit's folder. The error is kept, and says whose branch it is and where the
/// file belongs.
enum UnitBranchReferences {
    /// A unit of the site: its id, its folder and that folder as diagnostics name it.
    struct Unit {
        var id: String
        var root: URL
        var folder: String
    }

    /// `diagnostics` of the site, each unknown-branch error that names a branch of one of
    /// `units` explained.
    static func explained(_ diagnostics: [Diagnostic], units: [Unit]) -> [Diagnostic] {
        guard !units.isEmpty else { return diagnostics }
        var branches: [String: Set<String>] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.severity == .error, diagnostic.field == "branch",
                  let id = named(in: diagnostic.message) else { return diagnostic }
            let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
            let owner = units.first { unit in
                let ids = branches[unit.id] ?? branchIDs(unit.root)
                branches[unit.id] = ids
                return parts.count == 2 ? parts[0] == unit.id && ids.contains(parts[1]) : ids.contains(id)
            }
            guard let owner, let split = diagnostic.message.range(of: " / unknown branch '") else { return diagnostic }
            let branch = parts.last ?? id
            var explained = diagnostic
            explained.message = String(diagnostic.message[..<split.lowerBound])
                .replacingOccurrences(of: "chi bộ không tồn tại", with: "chi bộ không trực thuộc trang này")
                + "; '\(branch)' là chi bộ của đơn vị '\(owner.id)' (\(owner.folder)): tệp của trang này chỉ ghi được chi bộ "
                + "trực thuộc của chính nó, hãy đặt tệp vào thư mục của đơn vị đó"
                + String(diagnostic.message[split.lowerBound...])
                + " (a branch of the unit '\(owner.id)': put the file in the unit's folder)"
            return explained
        }
    }

    /// The branch id an unknown-branch error names (`… / unknown branch 'x'…`).
    private static func named(in message: String) -> String? {
        guard let start = message.range(of: " / unknown branch '") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// The ids of the branches in the unit's `content/branches/`.
    private static func branchIDs(_ root: URL) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "content/branches").path)) ?? []
        return Set(names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }.map { String($0.prefix(upTo: $0.lastIndex(of: ".")!)) })
    }
}
