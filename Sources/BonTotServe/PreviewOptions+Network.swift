import Foundation

extension PreviewOptions {
    /// What the server says, once it runs, to a clerk who asked for the office's network
    /// (`--bind`): the addresses a colleague opens, and the firewall to open when that fails;
    /// nothing when it listens on this computer only.
    var networkNotice: [String] {
        guard !listen.isLoopback else { return [] }
        let addresses = addressesFromOtherComputers
        guard !addresses.isEmpty else {
            return ["Máy này chưa nối vào mạng nào nên máy khác chưa mở được bản xem trước; nối mạng rồi chạy lại bontot serve."]
        }
        return ["Máy khác trong mạng nội bộ mở: " + addresses.joined(separator: " hoặc ")
                + " (không mở được thì hãy cho phép cổng \(port) trong tường lửa của máy này)."]
    }
}
