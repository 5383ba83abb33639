/// The directory of a compound file (the container of Office 97–2003 files), read just far
/// enough to name the streams the root storage holds itself: an .xls with a Word document
/// embedded keeps "WordDocument" in a storage of its own, below the root's "Workbook". The
/// directory's sectors are found through the FAT, whose sectors the header lists (the first 109
/// are read). Every offset is checked and every chain and tree walked at most once, so a damaged
/// file gives nil, never a crash or a loop.
enum CompoundDirectory {
    private static let headerSize = 512
    private static let entrySize = 128
    /// Sector numbers from this one up are markers (end of chain, FAT sector, free), no sectors.
    private static let lastSector: UInt32 = 0xFFFF_FFFA
    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    /// No entry (an empty sibling or child).
    private static let noStream: UInt32 = 0xFFFF_FFFF

    /// One stream of the root storage: where it starts and how long it is.
    struct Stream {
        /// Its first sector, in the file's sectors, or in the mini stream's when it is short.
        var firstSector: UInt32
        /// Its length in bytes.
        var size: UInt64
    }

    /// The root storage as read: its streams by name, and where the mini stream starts (the
    /// root entry's own stream, which holds the short streams in 64-byte sectors).
    struct Root {
        /// The streams the root storage holds, by name.
        var streams: [String: Stream]
        /// The first sector of the mini stream.
        var miniStreamFirstSector: UInt32
    }

    /// The names of the streams the root storage holds, nil when the directory cannot be read.
    static func rootStreamNames(_ bytes: [UInt8]) -> Set<String>? {
        root(bytes).map { Set($0.streams.keys) }
    }

    /// The root storage, nil when the directory cannot be read.
    static func root(_ bytes: [UInt8]) -> Root? {
        guard let sectorSize = sectorSize(bytes), let directory = directoryBytes(bytes, sectorSize: sectorSize),
              directory.count >= entrySize, directory[0x42] == 5 /* the root storage */,
              let child = uint32(directory, 0x4C), let miniStream = uint32(directory, 0x74) else { return nil }
        var streams: [String: Stream] = [:]
        var pending = [child]
        var visited = Set<UInt32>()
        while let id = pending.popLast() {
            if id == noStream { continue }
            let start = Int(id) * entrySize
            guard id != 0, visited.insert(id).inserted, start + entrySize <= directory.count,
                  let left = uint32(directory, start + 0x44), let right = uint32(directory, start + 0x48) else { return nil }
            if directory[start + 0x42] == 2 /* a stream */ {
                guard let name = name(directory, at: start), let first = uint32(directory, start + 0x74),
                      let low = uint32(directory, start + 0x78), let high = uint32(directory, start + 0x7C) else { return nil }
                // Files of 512-byte sectors keep only the low half of the size; the high half may hold anything.
                streams[name] = Stream(firstSector: first, size: sectorSize == 512 ? UInt64(low) : UInt64(high) << 32 | UInt64(low))
            }
            pending += [left, right]
        }
        return Root(streams: streams, miniStreamFirstSector: miniStream)
    }

    /// The first bytes of `stream` of `root`: its first sector's, or its first 64 bytes when it
    /// is short (below the header's cutoff, 4,096 bytes) and kept in the mini stream; nil when
    /// they lie past the end of the file.
    static func firstBytes(of stream: Stream, in root: Root, bytes: [UInt8]) -> ArraySlice<UInt8>? {
        guard let sectorSize = sectorSize(bytes), let cutoff = uint32(bytes, 0x38) else { return nil }
        let start: Int
        let length: Int
        if stream.size >= UInt64(cutoff) {
            guard stream.firstSector < lastSector, let offset = offset(of: stream.firstSector, sectorSize: sectorSize) else { return nil }
            (start, length) = (offset, sectorSize)
        } else {
            // Mini sector n is at byte 64·n of the mini stream, whose sectors are chained in the FAT.
            let position = Int(stream.firstSector) * 64
            // Never more steps than the file has sectors: a chain in a loop ends too.
            guard position / sectorSize < bytes.count / sectorSize else { return nil }
            var sector = root.miniStreamFirstSector
            for _ in 0..<position / sectorSize {
                guard sector < lastSector, let next = next(after: sector, in: bytes, sectorSize: sectorSize) else { return nil }
                sector = next
            }
            guard sector < lastSector, let offset = offset(of: sector, sectorSize: sectorSize) else { return nil }
            (start, length) = (offset + position % sectorSize, 64)
        }
        guard start < bytes.count else { return nil }
        return bytes[start..<min(start + min(length, Int(clamping: stream.size)), bytes.count)]
    }

    /// The size of the file's sectors, 512 or 4,096 bytes, from its header; nil when it says neither.
    private static func sectorSize(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= headerSize, let shift = uint16(bytes, 0x1E), shift == 9 || shift == 12 else { return nil }
        return 1 << Int(shift)
    }

    /// The directory's sectors, joined, following the FAT from the header's first directory sector.
    private static func directoryBytes(_ bytes: [UInt8], sectorSize: Int) -> [UInt8]? {
        guard var sector = uint32(bytes, 0x30) else { return nil }
        var directory: [UInt8] = []
        var visited = Set<UInt32>()
        while sector != endOfChain {
            guard sector < lastSector, visited.insert(sector).inserted,
                  let start = offset(of: sector, sectorSize: sectorSize), start + sectorSize <= bytes.count,
                  let next = next(after: sector, in: bytes, sectorSize: sectorSize) else { return nil }
            directory += bytes[start..<start + sectorSize]
            sector = next
        }
        return directory
    }

    /// The sector after `sector` in its chain: its entry in the FAT, whose sectors the header lists.
    private static func next(after sector: UInt32, in bytes: [UInt8], sectorSize: Int) -> UInt32? {
        let perSector = sectorSize / 4
        let index = Int(sector) / perSector
        guard index < 109, let fatSector = uint32(bytes, 0x4C + 4 * index), fatSector < lastSector,
              let fatStart = offset(of: fatSector, sectorSize: sectorSize) else { return nil }
        return uint32(bytes, fatStart + Int(sector) % perSector * 4)
    }

    /// Where sector `sector` starts: the header takes the place of sector -1.
    private static func offset(of sector: UInt32, sectorSize: Int) -> Int? {
        let (start, overflow) = (Int(sector) + 1).multipliedReportingOverflow(by: sectorSize)
        return overflow ? nil : start
    }

    /// An entry's name: UTF-16LE, its length in bytes (with the terminating zero) at 0x40.
    private static func name(_ directory: [UInt8], at start: Int) -> String? {
        guard let length = uint16(directory, start + 0x40), length >= 2, length <= 64, length % 2 == 0 else { return nil }
        let units = (0..<(Int(length) - 2) / 2).map { UInt16(directory[start + 2 * $0]) | UInt16(directory[start + 2 * $0 + 1]) << 8 }
        return String(decoding: units, as: UTF16.self)
    }

    /// The little-endian 16-bit number at `at` of `bytes` (an array or a slice, by its indices).
    static func uint16<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ at: Int) -> UInt16? where Bytes.Index == Int {
        guard at >= bytes.startIndex, at + 2 <= bytes.endIndex else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    /// The little-endian 32-bit number at `at` of `bytes`.
    static func uint32<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ at: Int) -> UInt32? where Bytes.Index == Int {
        guard at >= bytes.startIndex, at + 4 <= bytes.endIndex else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }
}
