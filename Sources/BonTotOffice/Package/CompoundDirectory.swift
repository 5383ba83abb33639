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

    /// The names of the streams the root storage holds, nil when the directory cannot be read.
    static func rootStreamNames(_ bytes: [UInt8]) -> Set<String>? {
        guard bytes.count >= headerSize, let shift = uint16(bytes, 0x1E), shift == 9 || shift == 12,
              let directory = directoryBytes(bytes, sectorSize: 1 << Int(shift)),
              directory.count >= entrySize, directory[0x42] == 5 /* the root storage */,
              let child = uint32(directory, 0x4C) else { return nil }
        var names = Set<String>()
        var pending = [child]
        var visited = Set<UInt32>()
        while let id = pending.popLast() {
            if id == noStream { continue }
            let start = Int(id) * entrySize
            guard id != 0, visited.insert(id).inserted, start + entrySize <= directory.count,
                  let left = uint32(directory, start + 0x44), let right = uint32(directory, start + 0x48) else { return nil }
            if directory[start + 0x42] == 2 /* a stream */ {
                guard let name = name(directory, at: start) else { return nil }
                names.insert(name)
            }
            pending += [left, right]
        }
        return names
    }

    /// The directory's sectors, joined, following the FAT from the header's first directory sector.
    private static func directoryBytes(_ bytes: [UInt8], sectorSize: Int) -> [UInt8]? {
        let fatSectors = (0..<109).compactMap { uint32(bytes, 0x4C + 4 * $0) }.prefix { $0 < lastSector }
        guard var sector = uint32(bytes, 0x30) else { return nil }
        var directory: [UInt8] = []
        var visited = Set<UInt32>()
        while sector != endOfChain {
            guard sector < lastSector, visited.insert(sector).inserted,
                  let start = offset(of: sector, sectorSize: sectorSize), start + sectorSize <= bytes.count else { return nil }
            directory += bytes[start..<start + sectorSize]
            // The FAT entry of `sector`: the next sector of the chain.
            let perSector = sectorSize / 4
            let index = Int(sector) / perSector
            guard index < fatSectors.count, let fatStart = offset(of: fatSectors[index], sectorSize: sectorSize),
                  let next = uint32(bytes, fatStart + Int(sector) % perSector * 4) else { return nil }
            sector = next
        }
        return directory
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

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
    }
}
