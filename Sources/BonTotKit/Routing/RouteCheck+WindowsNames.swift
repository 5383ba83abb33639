/// Values the router makes folders of that Windows keeps for a device (`con`, `aux`, `nul`,
/// `com1`…): a branch `con.yaml`, a story titled "Con" or tagged "Aux", a unit listed as `nul`.
/// Linux and a Mac write such a folder and the build succeeds, but Explorer cannot copy it to
/// the office's shared folder, and leaves behind the page and everything under it. Slugs and
/// ids are `[a-z0-9-]+`, so a device's name is the one thing of Windows' they can meet (no
/// refused character, no trailing dot, no two differing in case only).
extension RouteCheck {
    /// An error when a value of the claim's path is a device's name, at the place it is written.
    static func windowsDevice(of claim: RouteClaim) -> Diagnostic? {
        for case .value(let name, _) in claim.route.components {
            let fix = claim.route.kind != .story ? ("hãy đổi tên tệp", "rename the file")
                : claim.field == "title" ? ("hãy thêm 'slug:' cho bài", "add a 'slug:'") : ("hãy ghi 'slug:' khác", "write another 'slug:'")
            if let error = windowsDevice(name, noun: claim.route.kind.valueName, fix: fix, at: claim.location, field: claim.field) {
                return error
            }
        }
        return nil
    }

    /// An error at `location` when `name`, a value the portal makes a folder of, is a name
    /// Windows keeps for a device; `fix` says what to change, in Vietnamese and English.
    static func windowsDevice(_ name: String, noun: (vi: String, en: String), fix: (vi: String, en: String),
                              at location: SourceLocation, field: String?) -> Diagnostic? {
        guard let device = WindowsNames.device(name) else { return nil }
        return .error(at: location, field: field,
                      "\(noun.vi) '\(name)' là tên thiết bị mà Windows dành riêng (\(device)): thư mục '\(name)' của cổng sẽ không chép "
                      + "được vào thư mục dùng chung của Windows, trang bị bỏ lại; \(fix.vi), không dùng CON, PRN, AUX, NUL, "
                      + "COM1–COM9, LPT1–LPT9 / the \(noun.en) '\(name)' is a device's name Windows refuses (\(device)): its folder "
                      + "could not be copied to a Windows share; \(fix.en)")
    }
}
