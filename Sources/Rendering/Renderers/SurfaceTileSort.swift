// Which draw covers each tile of SurfaceRenderer's tiled path, sorted on the CPU from the
// coarse pass's counts of sign-changing units. Sorting costs one small readback per frame;
// letting every draw visit every tile instead costs far more on llvmpipe, whose geometry
// stage runs on one thread and executes every statement for every tile.

/// The tiles of one frame, by draw. Reused from frame to frame.
struct SurfaceTileSort {
    /// Indices of tiles with no sign-changing unit, whose logits are affine, and one class
    /// on top all over with no contour in reach: drawn whole, shaded without a search.
    private(set) var plainTiles: [Float] = []
    /// Indices of the other tiles with no sign-changing unit: drawn whole.
    private(set) var affineTiles: [Float] = []
    /// Indices of tiles with 1...`directUnits` sign-changing units: drawn whole.
    private(set) var calmTiles: [Float] = []
    /// tile index * 4 + quarter, for every other tile: its quarters re-check their units.
    private(set) var quarters: [Float] = []
    /// Mean sign-changing units per tile whose list did not overflow.
    private(set) var meanUnstable = 0.0
    /// Share of tiles whose list overflowed (more units than it holds).
    private(set) var overflowShare = 0.0
    /// Share of tiles split into quarters.
    private(set) var busyShare = 0.0
    /// Share of plain tiles.
    private(set) var plainShare = 0.0

    /// Sorts the tiles from the coarse pass's list texture (`lists`: four floats per tile,
    /// the unit count or -1, then the first index word, which a plain tile sets to its top
    /// class + 1).
    mutating func sort(lists: [Float], tileCount: Int, directUnits: Int) {
        plainTiles.removeAll(keepingCapacity: true)
        affineTiles.removeAll(keepingCapacity: true)
        calmTiles.removeAll(keepingCapacity: true)
        quarters.removeAll(keepingCapacity: true)
        var unstable = 0, overflow = 0
        for tile in 0..<tileCount {
            let count = Int(lists[tile * 4])
            if count < 0 { overflow += 1 } else { unstable += count }
            if count == 0 && lists[tile * 4 + 1] > 0 {
                plainTiles.append(Float(tile))
            } else if count == 0 {
                affineTiles.append(Float(tile))
            } else if count > 0 && count <= directUnits {
                calmTiles.append(Float(tile))
            } else {
                for quarter in 0..<4 { quarters.append(Float(tile * 4 + quarter)) }
            }
        }
        meanUnstable = Double(unstable) / Double(max(tileCount - overflow, 1))
        overflowShare = Double(overflow) / Double(max(tileCount, 1))
        busyShare = Double(quarters.count / 4) / Double(max(tileCount, 1))
        plainShare = Double(plainTiles.count) / Double(max(tileCount, 1))
    }
}
