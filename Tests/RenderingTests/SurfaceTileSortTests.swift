// The tiled surface's sorting of tiles into draws, from the coarse pass's list texture: no
// changing unit and a top class is plain, none without one is affine, up to the carried
// count is calm, and more (or an overflowed list) is split into four quarters.

@testable import Rendering
import XCTest

final class SurfaceTileSortTests: XCTestCase {
    /// A list texture: per tile the unit count (or -1) and the first index word.
    private func lists(_ tiles: [(count: Float, firstWord: Float)]) -> [Float] {
        tiles.flatMap { [$0.count, $0.firstWord, 0, 0] }
    }

    func testEachKindOfTileGoesToItsDraw() {
        var sort = SurfaceTileSort()
        let texture = lists([(0, 2), (0, 0), (3, 1234), (8, 99), (9, 5), (-1, 0)])
        sort.sort(lists: texture, tileCount: 6, directUnits: 8)

        XCTAssertEqual(sort.plainTiles, [0])
        XCTAssertEqual(sort.affineTiles, [1])
        XCTAssertEqual(sort.calmTiles, [2, 3])
        XCTAssertEqual(sort.quarters, [16, 17, 18, 19, 20, 21, 22, 23])
        XCTAssertEqual(sort.plainShare, 1.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(sort.busyShare, 2.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(sort.overflowShare, 1.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(sort.meanUnstable, 20.0 / 5, accuracy: 1e-12)
    }

    func testFewerCarriedUnitsMakeMoreTilesBusy() {
        var sort = SurfaceTileSort()
        sort.sort(lists: lists([(4, 1), (5, 1)]), tileCount: 2, directUnits: 4)
        XCTAssertEqual(sort.calmTiles, [0])
        XCTAssertEqual(sort.quarters, [4, 5, 6, 7])

        // A second frame starts from empty lists.
        sort.sort(lists: lists([(0, 0)]), tileCount: 1, directUnits: 4)
        XCTAssertEqual(sort.affineTiles, [0])
        XCTAssertTrue(sort.calmTiles.isEmpty && sort.quarters.isEmpty)
    }
}
