/// Arrays: their count, then the elements, as an unkeyed container writes them.
extension Array: NativeEncodable where Element: Encodable {
    func encodeNatively(to state: EncodingState) throws {
        state.writer.writeCount(count)
        for (index, element) in enumerated() {
            state.pushPath(IndexKey(index))
            try state.encodeValue(element)
            state.popPath()
        }
    }
}

extension Array: NativeDecodable where Element: Decodable {
    static func decodeNatively(from state: DecodingState) throws -> [Element] {
        let count = try state.reader.readCount()
        var array: [Element] = []
        array.reserveCapacity(Swift.min(count, 1 << 16))
        for index in 0 ..< count {
            state.pushPath(IndexKey(index))
            array.append(try state.decodeValue(Element.self))
            state.popPath()
        }
        return array
    }
}
