extension Collection where Index == Int {
    /// The indices of the first two elements or more in a row for which `belongs` is true (the
    /// lines of a table pasted as text, say); nil when no two such elements stand together.
    func firstRun(where belongs: (Element) -> Bool) -> Range<Int>? {
        var index = startIndex
        while index < endIndex {
            guard belongs(self[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < endIndex, belongs(self[end]) { end += 1 }
            if end - index >= 2 { return index..<end }
            index = end
        }
        return nil
    }
}
