import Yams

/// Reads one branch profile (`branches/<id>.yaml`, or the front matter of `branches/<id>.md`).
enum BranchDecoder {
    static let fields = ["name", "kind", "parent", "cluster", "secretary", "deputies", "committee", "members",
                         "exempt", "households", "assigned", "founded", "minutes_since", "dissolved", "merged_into", "address", "summary", "member_ratings",
                         "awards", "photo", "photo_alt"]

    /// Every field is read and checked before giving up, so one run reports all of a file's problems.
    static func decode(_ node: Node?, id: String, path: String, lineOffset: Int, introduction: String,
                       context: DecodeContext) -> Branch? {
        guard let reader = FieldReader(node, path: path, lineOffset: lineOffset, known: fields,
                                       misplaced: PictureAltText.misplaced(in: .branch), sink: context.sink) else {
            return nil
        }
        let name = reader.string("name", required: true)
        BranchNameSpacing.check(reader)
        let kind = reader.choice("kind", BranchKind.self, required: true)
        var branch = Branch(id: id, name: name ?? id, kind: kind ?? .khac, source: reader.location)
        branch.parent = reader.string("parent")
        branch.cluster = reader.string("cluster")
        branch.secretary = reader.string("secretary")
        branch.deputies = reader.strings("deputies", oneEach: true)
        branch.committee = reader.strings("committee", oneEach: true)
        branch.members = memberCount(reader)
        branch.exempt = reader.int("exempt")
        branch.households = reader.int("households")
        branch.assigned = assignment(reader)
        checkMemberCounts(branch, reader: reader)
        branch.founded = reader.date("founded", inThePast: true)
        branch.foundedSource = reader.location(of: "founded")
        branch.minutesSince = reader.month("minutes_since")
        branch.minutesSinceSource = reader.location(of: "minutes_since")
        branch.dissolved = reader.date("dissolved")
        branch.dissolvedSource = reader.location(of: "dissolved")
        branch.mergedInto = reader.string("merged_into")
        branch.mergedIntoSource = reader.location(of: "merged_into")
        branch.address = reader.string("address")
        branch.summary = reader.string("summary")
        branch.memberRatings = memberRatings(reader, levelIDs: context.levelIDs, members: branch.members?.total,
                                             lines: &branch.ratingYearLines)
        (branch.awards, branch.awardYearLines) = awards(reader)
        if let photo = reader.string("photo") {
            branch.photo = photo
            context.referenceMedia(photo, at: reader.location(of: "photo"), field: "photo")
        }
        branch.photoAlt = PictureAltText.read(.branch, reader)
        branch.introduction = introduction
        return name == nil || kind == nil ? nil : branch
    }

    /// More members exempt from meetings than the branch has (a digit too many, another
    /// branch's figure) would print a wrong count on its profile: a warning on 'exempt'. The
    /// members looking after households may outnumber them (SPEC §1's own example: members
    /// living there who belong to other cells), so they are not compared.
    private static func checkMemberCounts(_ branch: Branch, reader: FieldReader) {
        guard let total = branch.members?.total, let exempt = branch.exempt, exempt > total else { return }
        reader.sink.warning(reader.location(of: "exempt"), field: "exempt",
                            "số đảng viên miễn sinh hoạt (\(exempt)) nhiều hơn số đảng viên của chi bộ (\(total), ghi ở 'members'); "
                            + "hãy kiểm tra lại / more members exempt (\(exempt)) than the branch has (\(total))")
    }

    /// `members: { official: 31, probationary: 0 }`. A plain number (`members: 34`) is the
    /// count as the office says it: the error gives the mapping to write, the number as official.
    private static func memberCount(_ reader: FieldReader) -> MemberCount? {
        if let node = reader.value("members"), let count = FieldReader.integer(node), count >= 0 {
            reader.sink.error(reader.location(of: "members"), field: "members",
                              "'members' cần số đảng viên chính thức và dự bị, không phải một số: hãy viết "
                              + "members: { official: \(count), probationary: 0 } (ghi số dự bị nếu có) "
                              + "/ write members: { official: \(count), probationary: 0 }")
            return nil
        }
        guard let members = reader.nested("members", known: ["official", "probationary"]) else { return nil }
        // A count refused (reported) leaves no count, that no check compares a wrong 0 with.
        let official = members.int("official", required: true)
        let probationary = members.int("probationary")
        guard let official, probationary != nil || members.value("probationary") == nil else { return nil }
        return MemberCount(official: official, probationary: probationary ?? 0)
    }

    private static func assignment(_ reader: FieldReader) -> HouseholdAssignment? {
        guard let fields = reader.nested("assigned", known: ["members", "households", "max", "min"]),
              let members = fields.int("members", required: true), let households = fields.int("households", required: true)
        else { return nil }
        return HouseholdAssignment(members: members, households: households, max: fields.int("max"), min: fields.int("min"))
    }

    /// Counts by year, then by level; a level the rubric does not know is reported as a warning,
    /// and so is the latest year when its counts add up to more than the branch's `members`
    /// (today's count: an earlier year may have had more members).
    private static func memberRatings(_ reader: FieldReader, levelIDs: [String]?, members: Int?,
                                      lines: inout [String: Int]) -> [Int: [String: Int]] {
        guard let node = reader.value("member_ratings") else { return [:] }
        guard let mapping = node.mapping else {
            reader.typeError("member_ratings", node, expected: "một bảng theo năm / a mapping by year")
            return [:]
        }
        var ratings: [Int: [String: Int]] = [:]
        var latest: (year: Int, location: SourceLocation, rated: Int)?
        for (yearNode, countsNode) in mapping {
            guard let year = FieldReader.integer(yearNode), ContentLimits.years.contains(year) else {
                reader.sink.error(reader.line(of: yearNode), field: "member_ratings",
                                  FieldReader.yearProblem(yearNode.string ?? "", field: "member_ratings"))
                continue
            }
            guard let counts = countsNode.mapping else {
                reader.typeError("member_ratings.\(year)", countsNode, expected: "một bảng 'mức: số' / a mapping of counts")
                continue
            }
            var byLevel: [String: Int] = [:]
            for (levelNode, countNode) in counts {
                let level = levelNode.string ?? ""
                if let levelIDs, !levelIDs.contains(level) {
                    reader.sink.warning(reader.line(of: levelNode), field: "member_ratings.\(year).\(level)",
                                        "mức '\(level)' không có trong thang điểm / unknown level '\(level)'"
                                        + Suggestion.hint(for: level, among: levelIDs) + "; dùng / use: \(levelIDs.joined(separator: ", "))")
                }
                guard let count = FieldReader.integer(countNode), (0...ContentLimits.count).contains(count) else {
                    reader.typeError("member_ratings.\(year).\(level)", countNode,
                                     expected: "số nguyên từ 0 đến \(VietnameseFormat.number(ContentLimits.count)) / a whole number from 0 to \(ContentLimits.count)")
                    continue
                }
                byLevel[level] = count
            }
            if year > latest?.year ?? Int.min {
                latest = (year, reader.line(of: yearNode), byLevel.values.reduce(0, +))
            }
            ratings[year] = byLevel
            lines[String(year)] = reader.line(of: yearNode).line
        }
        if let members, let latest, latest.rated > members {
            reader.sink.warning(latest.location, field: "member_ratings.\(latest.year)",
                                "năm \(latest.year) xếp loại \(latest.rated) đảng viên, nhiều hơn số đảng viên của chi bộ (\(members), "
                                + "ghi ở 'members'); hãy kiểm tra lại các số / \(Plain.count(latest.rated, "member")) rated in \(latest.year), "
                                + "more than the branch's \(members)")
        }
        return ratings
    }

    /// The awards, with the line of each one's year.
    private static func awards(_ reader: FieldReader) -> ([Award], [Int]) {
        let read = reader.sequence("awards").enumerated().compactMap { index, node -> (Award, Int)? in
            guard let award = FieldReader(node, path: reader.path, lineOffset: reader.lineOffset, prefix: "awards[\(index)]",
                                          known: ["year", "title", "by", "for"], sink: reader.sink),
                  let year = award.year("year", required: true), let title = award.string("title", required: true)
            else { return nil }
            return (Award(year: year, title: title, by: award.string("by"), reason: award.string("for")), award.location(of: "year").line)
        }
        return (read.map(\.0), read.map(\.1))
    }
}
