/// A sheet's rows in the order of their numbers (then of their places, for a file that numbers
/// two rows alike), so that the rows a merged range covers are found by halving: looking at
/// every row for each range was most of the reading of a sheet of 10,000 rows with a range
/// merged every few rows.
struct SpreadsheetRowPlaces {
    /// The rows' numbers, in order.
    private let numbers: [Int]
    /// The place in the sheet's rows of the row of each number.
    private let places: [Int]

    init(_ rows: [SpreadsheetRow]) {
        places = rows.indices.sorted { (rows[$0].number, $0) < (rows[$1].number, $1) }
        numbers = places.map { rows[$0].number }
    }

    /// The places in the sheet's rows of the rows numbered `first` to `last`, in the order of
    /// their numbers.
    func places(from first: Int, through last: Int) -> ArraySlice<Int> {
        var low = 0, high = numbers.count
        while low < high {
            let middle = (low + high) / 2
            if numbers[middle] < first { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < numbers.count, numbers[end] <= last { end += 1 }
        return places[low..<end]
    }
}
