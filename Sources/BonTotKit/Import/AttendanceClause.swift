/// The clause of an attendance line that counts the absent and names them, read by one small
/// grammar over its tokens (`AttendanceToken`) rather than by patterns each made for a case:
///
///     clause := "vắng" [":"] [count [":" | "(" | "–" ] [intro] names [")"]] part* [reasons] end
///     reasons:= "do" words | "(" [figure] words ("," [figure] words)* ")"   (no reason label: excused)
///     part   := [count ["("]] reason [":"] [count] [":"] [intro] [names | "(" names ")" | a reason alone]
///     intro  := [","] ("gồm" ["có"] | "bao gồm" | "là") ["các"] [":"]
///             | anything else, passed over
///     count  := figure ["đồng chí" | "đ/c" | "đảng viên"]
///     reason := "có lý do" | "không lý do" | "không có lý do"
///     names  := `AbsenteeList`
///     end    := another fact's label ("Chủ trì:", "Khách mời:" …) | a full stop outside brackets
///               (unless the next sentence goes on counting: "Trong đó có lý do 02", or names the
///               counted: "Cụ thể: đồng chí A (ốm), …") | the text's end
///
/// A reason's count is its own figure ("có lý do: 02", "02 có lý do"); else, right after the
/// absent's count, that count ("vắng 03 đồng chí có lý do"), or the names in its bracket when it
/// lists some ("vắng 01 đồng chí (có lý do: A – ốm, B – ốm)" is 2 excused); else its names.
/// Its figures and names are set only while its text is read (`read`, in the files `AttendanceClause+*`).
struct AttendanceClause {
    /// "vắng 03": the members absent, as the minutes count them.
    var absentCount: Int?
    var excused: Int?
    var unexcused: Int?
    /// The absent named: the excused with their reasons, then the unexcused; when the clause has
    /// no reason label, those named after the absent's count ("vắng 02 đồng chí: A, B", "vắng 02
    /// đồng chí (A – ốm, B – đi công tác)"), who are the excused when each has a reason.
    var absent: [MinutesFacts.Absentee] = []
    /// Reasons given with no name to them: "vắng 01 đồng chí (có lý do: ốm)".
    var unnamedReasons: [String] = []
    /// Whose office the clause read a village's head after a name and a comma to be (`OfficeTitles.HeadsAfterNames`).
    private(set) var headsReading = OfficeTitles.HeadsAfterNames.afterTitledNames
    /// How many of the absent the clause counts with no word of whether they had a reason, when
    /// others are named with one ("vắng: Trưởng thôn Đông, đ/c Lan (đi học)": the head); 0 otherwise.
    var reasonsUnknown = 0
    /// True when the clause gives a figure of the absent (counted, or by reason).
    var countsAbsence = false

    /// The clause's text, without the offices before names (`OfficeTitles`), the names' own "vắng
    /// có lý do (…)" as their reasons (`AbsentAfterTheName`) and its count before "vắng" put after it
    /// (`countAfterAbsent`), and its tokens.
    let chars: [Character]
    let tokens: [AttendanceToken]
    /// How many heads of villages the text names with no name, their brackets left with none
    /// (`OfficeTitles.unnamedHeads`, `headsAfterNames`).
    let unnamedHeadCount: Int
    /// True when the reason after the last name followed a village's head read as that name's
    /// office ("đ/c Lan, Hùng, Trưởng thôn Đông (ốm)": Hùng's own, `OfficeTitles.leavesAHeadsOfficeBeforeAReason`).
    let reasonAfterAnOffice: Bool

    init(_ text: String) {
        self.init(text, heads: .afterTitledNames)
        // "vắng 02 đồng chí: đ/c Lan, Trưởng thôn Đông (ốm)": a village's head after a name and a comma is
        // another of the absent, or the name's office ("đ/c Lan, Hùng, Trưởng thôn Đông (ốm)"), as the count says.
        guard let count = absentCount, namedOrHeads != count else { return }
        for heads in [OfficeTitles.HeadsAfterNames.apart, .afterAnyName] {
            let other = AttendanceClause(text, heads: heads)
            if other.absentCount == count, other.namedOrHeads == count {
                self = other
                return
            }
        }
    }

    /// Reads `text`, a village's head after a name and a comma read as `heads` says.
    private init(_ text: String, heads: OfficeTitles.HeadsAfterNames) {
        chars = Array(Self.countAfterAbsent(AbsentAfterTheName.rewritten(OfficeTitles.withoutTitles(text, heads: heads))))
        unnamedHeadCount = OfficeTitles.unnamedHeads(in: text, heads: heads)
        headsReading = heads
        reasonAfterAnOffice = OfficeTitles.leavesAHeadsOfficeBeforeAReason(text, heads: heads)
        tokens = AttendanceToken.tokens(of: chars)
        guard let start = start else { return }
        read(start..<end(from: start))
    }

    /// How many of the absent the clause names or writes as a village's head with no name.
    private var namedOrHeads: Int { absent.count + unnamedHeadCount }

    /// Reads the clause's tokens in `clause`: the absent's count, each reason, the names.
    private mutating func read(_ clause: Range<Int>) {
        var state = ReadingState(index: clause.lowerBound)
        while state.index < clause.upperBound {
            switch tokens[state.index].kind {
            case .stop: readNamesSentence(&state, within: clause)
            case .absent: readAbsent(&state, within: clause)
            case .number: readCountedReason(&state, within: clause)
            case .reason: readReasonLabel(&state, within: clause)
            default: state.index += 1
            }
        }
        finish(state, within: clause)
    }
}
