@testable import BonTotKit
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The compact coding of the decode cache and the build manifest: every field survives, and
/// damaged or cut-short bytes are refused (the build is then clean), never a crash.
final class CompactCodingTests: XCTestCase {
    private func roundTrip<T: CompactCodable>(_ value: T) throws -> T {
        let bytes = value.compactBytes(format: 9)
        return try XCTUnwrap(bytes.withUnsafeBytes { T(compactBytes: $0, format: 9) })
    }

    func testMinutesKeepEveryField() throws {
        for minutes in [BinaryCodingSamples.fullMinutes, BinaryCodingSamples.bareMinutes] {
            XCTAssertEqual(try roundTrip(minutes), minutes)
        }
    }

    /// Read from a cache file (the reader knows its `Data`), a body stays the stored bytes until
    /// read: the minutes are still equal to what was written, their body reads the same, they
    /// write back the same bytes, and a copy whose body is changed leaves the first alone.
    func testMinutesReadWithTheirDataKeepTheirBodyStored() throws {
        let minutes = BinaryCodingSamples.fullMinutes
        XCTAssertFalse(minutes.body.isEmpty)
        let bytes = Data(minutes.compactBytes(format: 9))
        let read = try bytes.withUnsafeBytes { raw -> Minutes in
            var reader = ByteReader(raw.bindMemory(to: UInt8.self), owner: bytes)
            XCTAssertEqual(try reader.readByte(), 9)
            let value = try Minutes(compact: &reader)
            XCTAssertEqual(reader.remaining, 0)
            return value
        }
        XCTAssertNotNil(read.storedBody, "the body is kept as stored bytes")
        XCTAssertEqual(read.body, minutes.body)
        XCTAssertEqual(read, minutes)
        XCTAssertEqual(Data(read.compactBytes(format: 9)), bytes)
        XCTAssertEqual(DecodeCache.DecodedModel.minutes(read).outline, DecodeCache.DecodedModel.minutes(minutes).outline)
        var edited = read
        edited.body += " Thêm một câu."
        XCTAssertNil(edited.storedBody)
        XCTAssertEqual(read.body, minutes.body, "the copy's edit leaves the first alone")
        XCTAssertEqual(edited.body, minutes.body + " Thêm một câu.")
        XCTAssertNotEqual(edited, read)
    }

    func testEvaluationsKeepEveryField() throws {
        for evaluation in [BinaryCodingSamples.fullEvaluation, BinaryCodingSamples.bareEvaluation] {
            XCTAssertEqual(try roundTrip(evaluation), evaluation)
        }
        for period in [Period(year: 2024), Period(year: 2024, span: .quarter(3)), Period(year: 2025, span: .month(11))] {
            XCTAssertEqual(try roundTrip(period), period)
        }
    }

    /// A body edit leaves a file's outline alone; any other field changes it.
    func testTheOutlineOfAFileLeavesOutOnlyItsBody() {
        let minutes = BinaryCodingSamples.fullMinutes
        var bodyEdited = minutes
        bodyEdited.body += " Thêm một câu."
        var topicEdited = minutes
        topicEdited.topic = "Chủ đề khác"
        let outline = DecodeCache.DecodedModel.minutes(minutes).outline
        XCTAssertNotNil(outline)
        XCTAssertEqual(DecodeCache.DecodedModel.minutes(bodyEdited).outline, outline)
        XCTAssertNotEqual(DecodeCache.DecodedModel.minutes(topicEdited).outline, outline)
        var story = BinaryCodingSamples.fullStory
        let storyOutline = DecodeCache.DecodedModel.story(story).outline
        story.body += " Thêm."
        XCTAssertEqual(DecodeCache.DecodedModel.story(story).outline, storyOutline)
        story.title += " mới"
        XCTAssertNotEqual(DecodeCache.DecodedModel.story(story).outline, storyOutline)
        XCTAssertNil(DecodeCache.DecodedModel.branch(BinaryCodingSamples.fullBranch).outline, "a branch is taken by its bytes")
    }

    /// Minutes read from their files keep their bodies there: the bytes hold only each body's
    /// length, read back from the file under the reader's `sourceRoot` while the file has the
    /// stamp it was decoded with (`sourceStamp`), and refused without them.
    func testFixtureSiteMinutesRoundTrip() throws {
        let site = try XCTUnwrap(try BinaryCodingSamples.portal().site)
        XCTAssertFalse(site.minutes.isEmpty)
        for minutes in site.minutes {
            XCTAssertTrue(minutes.bodyIsFileTail, minutes.slug)
            let bytes = Data(minutes.compactBytes(format: 9))
            XCTAssertNil(bytes.range(of: Data(minutes.body.utf8)), "no copy of the body")
            let read = try bytes.withUnsafeBytes { raw -> Minutes in
                var reader = ByteReader(raw.bindMemory(to: UInt8.self), owner: bytes)
                reader.sourceRoot = site.root.path
                reader.sourceStamp = BonTotKit.FileStamp(path: site.root.path + "/" + minutes.source.file)
                reader.sourceChanges = ChangedSourceFiles()
                XCTAssertEqual(try reader.readByte(), 9)
                return try Minutes(compact: &reader)
            }
            XCTAssertEqual(read, minutes)
            XCTAssertEqual(read.body, minutes.body)
            XCTAssertNil(bytes.withUnsafeBytes { Minutes(compactBytes: $0, format: 9) }, "without the site's folder")
            var changed = minutes
            changed.body += "\nThêm."
            XCTAssertFalse(changed.bodyIsFileTail)
            XCTAssertEqual(try roundTrip(changed), changed, "a body changed since it was read is kept as bytes")
        }
    }

    func testCacheEntriesKeepModelDiagnosticsAndReferences() throws {
        let location = SourceLocation(file: "content/minutes/2024/a.md", line: 3, cell: "B2")
        let models: [DecodeCache.DecodedModel] = [.minutes(BinaryCodingSamples.fullMinutes), .story(BinaryCodingSamples.fullStory),
                                                  .branch(BinaryCodingSamples.fullBranch), .evaluation(BinaryCodingSamples.fullEvaluation), .nothing]
        var info = stat()
        info.st_size = 1234
        info.st_mtim.tv_sec = 1_700_000_000
        info.st_mtim.tv_nsec = 5
        for model in models {
            let entry = DecodeCache.Entry(
                stamp: BonTotKit.FileStamp(info),
                hash: 0xDEAD_BEEF_0123_4567, model: model, diagnostics: BinaryCodingSamples.diagnostics,
                media: [MediaReference(path: "media/anh.jpg", location: location, field: "image")],
                branches: [BranchReference(id: "khu-pho-3", location: location, subject: .minutes)],
                claims: [Claim(kind: .minutes, key: "a", location: location, field: "slug")],
                pages: [PageLinkReference(path: "content/stories/b.md", location: location, field: "body")])
            let copy = try roundTrip(entry)
            XCTAssertEqual(copy.stamp, entry.stamp)
            XCTAssertEqual(copy.hash, entry.hash)
            XCTAssertEqual(copy.diagnostics, entry.diagnostics)
            XCTAssertEqual(copy.media.map(\.path), ["media/anh.jpg"])
            XCTAssertEqual(copy.media.map(\.location), [location])
            XCTAssertEqual(copy.branches.map(\.id), ["khu-pho-3"])
            XCTAssertEqual(copy.branches.map(\.subject), [.minutes])
            XCTAssertEqual(copy.claims.map(\.key), ["a"])
            XCTAssertEqual(copy.claims.map { $0.field ?? "" }, ["slug"])
            XCTAssertEqual(copy.claims.map(\.kind.rawValue), ["minutes"])
            XCTAssertEqual(copy.pages.map(\.path), ["content/stories/b.md"])
            XCTAssertEqual(copy.pages.map(\.location), [location])
            switch (copy.model, model) {
            case (.minutes(let a), .minutes(let b)): XCTAssertEqual(a, b)
            case (.story(let a), .story(let b)): XCTAssertEqual(a, b)
            case (.branch(let a), .branch(let b)): XCTAssertEqual(a, b)
            case (.evaluation(let a), .evaluation(let b)): XCTAssertEqual(a, b)
            case (.nothing, .nothing): break
            default: XCTFail("the model changed kind: \(copy.model)")
            }
        }
    }

    func testBranchesAndStoriesKeepEveryField() throws {
        for branch in [BinaryCodingSamples.fullBranch, BinaryCodingSamples.bareBranch] {
            XCTAssertEqual(try roundTrip(branch), branch)
        }
        for story in [BinaryCodingSamples.fullStory, BinaryCodingSamples.bareStory] {
            XCTAssertEqual(try roundTrip(story), story)
        }
    }

    /// An entry without diagnostics or media takes one byte for each list, and reads back empty;
    /// an entry with them keeps them.
    func testEmptyListsAreOneByteAndFullOnesKeepTheirItems() throws {
        var writer = ByteWriter()
        CompactList<Diagnostic>([]).write(to: &writer)
        XCTAssertEqual(writer.bytes, [0])
        XCTAssertEqual(try roundTrip(CompactList<Diagnostic>([])).items, [])
        XCTAssertEqual(try roundTrip(CompactList(BinaryCodingSamples.diagnostics)).items, BinaryCodingSamples.diagnostics)
    }

    /// Written by a writer that keeps long texts apart (as the decode cache's shards are), the
    /// minutes' bodies lie after every other field, and the minutes read back the same, with
    /// their bodies as stored bytes; a text said to lie outside what was kept apart is refused.
    func testMinutesWithTheirBodiesKeptApartReadBackTheSame() throws {
        let samples = [BinaryCodingSamples.fullMinutes, BinaryCodingSamples.bareMinutes, BinaryCodingSamples.fullMinutes]
        var fields = ByteWriter(keepingApart: true)
        for minutes in samples { minutes.write(to: &fields) }
        let apart = try XCTUnwrap(fields.apart)
        XCTAssertEqual(apart.count, samples.reduce(0) { $0 + $1.body.utf8.count })
        let data = Data(fields.bytes + apart)
        let read = try data.withUnsafeBytes { raw -> [Minutes] in
            var reader = ByteReader(raw.bindMemory(to: UInt8.self), owner: data)
            reader.apart = fields.bytes.count ..< data.count
            let read = try samples.map { _ in try Minutes(compact: &reader) }
            XCTAssertEqual(reader.position, fields.bytes.count, "the fields end where the bodies begin")
            return read
        }
        XCTAssertEqual(read, samples)
        XCTAssertNotNil(read[0].storedBody)
        XCTAssertEqual(read[2].body, BinaryCodingSamples.fullMinutes.body)
        try data.withUnsafeBytes { raw in
            var reader = ByteReader(raw.bindMemory(to: UInt8.self), owner: data)
            reader.apart = fields.bytes.count ..< fields.bytes.count + 2
            XCTAssertThrowsError(try Minutes(compact: &reader), "the body lies outside the two bytes said to be kept apart")
        }
    }

    func testManifestKeepsEveryRecord() throws {
        var manifest = BuildManifest(tool: "7b59cfe3", output: "/srv/cong/output")
        manifest.inputs = ["site.yaml": 1, "content/minutes/2024/a.md": 2]
        manifest.outputs = ["index.html": .init(fingerprint: 3, hash: 4, size: 5), "chi-muc.js": .init(fingerprint: 6, hash: 7, size: 0)]
        manifest.units = ["xa-a": .init(fingerprint: 8, pages: 9, printedAll: true), "xa-b": .init(fingerprint: 10, pages: 11)]
        let copy = try roundTrip(manifest)
        XCTAssertEqual(copy.tool, manifest.tool)
        XCTAssertEqual(copy.output, manifest.output)
        XCTAssertEqual(copy.inputs, manifest.inputs)
        XCTAssertEqual(copy.outputs, manifest.outputs)
        XCTAssertEqual(copy.units, manifest.units)
    }

    func testDamagedBytesAreRefused() {
        let bytes = BinaryCodingSamples.fullMinutes.compactBytes(format: 9)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertNil(Array(bytes.prefix(cut)).withUnsafeBytes { Minutes(compactBytes: $0, format: 9) }, "cut at \(cut)")
        }
        XCTAssertNil((bytes + [0]).withUnsafeBytes { Minutes(compactBytes: $0, format: 9) }, "a byte too many")
        XCTAssertNil(bytes.withUnsafeBytes { Minutes(compactBytes: $0, format: 8) }, "another format")
        var flipped = bytes
        for index in flipped.indices { flipped[index] ^= 0xFF }
        _ = flipped.withUnsafeBytes { Minutes(compactBytes: $0, format: 9) }  // no crash, whatever it reads
    }

    /// Manifests read before the build holds the output's lock are taken only while no other
    /// build replaced, changed or removed them since.
    func testManifestsReadEarlyAreTakenOnlyWhileTheirFilesAreUnchanged() throws {
        let site = try TemporaryFolder.make()
        let output = site.appending(path: "output")
        let cache = BuildCache(siteRoot: site)
        var manifest = BuildManifest(tool: ToolIdentity.current, output: output.standardizedFileURL.path)
        manifest.outputs = ["index.html": .init(fingerprint: 1, hash: 2, size: 3)]
        cache.save(manifest)
        let read = cache.manifests(for: output, tool: ToolIdentity.current)
        XCTAssertEqual(read.published?.outputs, manifest.outputs)
        XCTAssertNil(read.spare)
        XCTAssertTrue(cache.unchanged(since: read))
        cache.save(manifest, spare: true)
        XCTAssertFalse(cache.unchanged(since: read), "a spare's manifest appeared")
        let again = cache.manifests(for: output, tool: ToolIdentity.current)
        XCTAssertTrue(cache.unchanged(since: again))
        cache.save(manifest)
        XCTAssertFalse(cache.unchanged(since: again), "the same manifest, written again, is another file")
        cache.clearSpare()
        XCTAssertFalse(cache.unchanged(since: again), "the spare's manifest was removed")
    }

    /// The build ID is read from the ELF notes, as `readelf -n` shows it.
    func testBuildIDOfAnELFFile() throws {
        let folder = try TemporaryFolder.make()
        let file = folder.appending(path: "program")
        try Data(Self.elf(buildID: [0xAB, 0xCD, 0x01, 0x23])).write(to: file)
        XCTAssertEqual(ELFBuildID.read(file.path), "abcd0123")
        let text = folder.appending(path: "text")
        try Data("#!/bin/sh\necho bontot\n".utf8).write(to: text)
        XCTAssertNil(ELFBuildID.read(text.path))
        XCTAssertNil(ELFBuildID.read(folder.appending(path: "missing").path))
        // The running test program has a build ID too, and that is what identifies it.
        XCTAssertEqual(ToolIdentity.current, ELFBuildID.read("/proc/self/exe"))
        XCTAssertEqual(ToolIdentity.current.count, 40, "a GNU build ID is 20 bytes: \(ToolIdentity.current)")
    }

    /// A minimal 64-bit little-endian ELF file: a header, one PT_NOTE program header, one note.
    private static func elf(buildID: [UInt8]) -> [UInt8] {
        func le(_ value: Int, _ size: Int) -> [UInt8] { (0..<size).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        let note = le(4, 4) + le(buildID.count, 4) + le(3, 4) + Array("GNU\0".utf8) + buildID
        var header = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 56)
        header.replaceSubrange(32..<40, with: le(64, 8))   // program headers at 64
        header.replaceSubrange(54..<56, with: le(56, 2))   // each 56 bytes
        header.replaceSubrange(56..<58, with: le(1, 2))    // one of them
        var program = le(4, 4) + le(0, 4) + le(120, 8) + [UInt8](repeating: 0, count: 16) + le(note.count, 8) + le(note.count, 8)
        program += le(4, 8)
        return header + program + note
    }
}
