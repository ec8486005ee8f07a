extension Array {
    /// The index of the first element in the second part of a partitioned array (a binary search), or
    /// `count` when no element is in it.
    ///
    /// - Parameter isInSecondPart: False for every element before some index and true from there on, such
    ///   as "starts at or after offset x" over elements sorted by start.
    func partitionPoint(where isInSecondPart: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
