/// A branch's meeting-quality record for a year, from the quality scores of its regular meetings.
///
/// The band is "Tốt" when every scored meeting is Khá or better and at least 7 are Tốt
/// (Hướng dẫn 12-HD/BTCTW). Below that, the record reaches the highest band B such that every
/// scored meeting is at most one band below B and more than half are B or better; "Kém" otherwise.
/// So a year of only Khá meetings is "Khá", and one Kém meeting keeps a record from "Khá".
public struct QualityRecord: Sendable, Equatable {
    /// How many regular meetings carry a score, and how many fall in each band.
    public var scoredMeetings: Int
    public var bandCounts: [QualityBand: Int]
    /// The record's band; nil when no meeting is scored.
    public var band: QualityBand?

    /// Meetings at Tốt needed for a Tốt record.
    public static let goodMeetingsForGoodYear = 7

    /// The record of `branchID` in `year`, from the scored regular meetings among `minutes`.
    public init(branchID: String, year: Int, minutes: [Minutes]) {
        self.init(scores: minutes
            .filter { $0.branchID == branchID && $0.date.year == year && $0.kind == .thuongKy }
            .compactMap(\.qualityScore))
    }

    /// The record of a set of meeting quality scores.
    public init(scores: [Double]) {
        let bands = scores.map(QualityBand.init(score:))
        scoredMeetings = bands.count
        bandCounts = Dictionary(bands.map { ($0, 1) }, uniquingKeysWith: +)
        band = bands.min().map { lowest in
            if lowest >= .kha, bands.filter({ $0 == .tot }).count >= Self.goodMeetingsForGoodYear { return .tot }
            let candidates: [QualityBand] = [.kha, .trungBinh]
            return candidates.first { candidate in
                lowest.rawValue >= candidate.rawValue - 1 && 2 * bands.filter { $0 >= candidate }.count > bands.count
            } ?? .kem
        }
    }
}
