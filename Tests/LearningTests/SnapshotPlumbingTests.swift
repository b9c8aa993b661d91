// The pieces under the trainer: the triple buffer, the bounded loss history, shape parsing.

import Foundation
import Testing
@testable import Learning

struct SnapshotPlumbingTests {
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test func exchangeReturnsTheNewestValue() {
        let exchange = SnapshotExchange(initial: Box(0))
        #expect(exchange.latest().value == 0)
        exchange.publish(Box(1))
        exchange.publish(Box(2))
        #expect(exchange.latest().value == 2)
        #expect(exchange.latest().value == 2, "reading again keeps the newest")
        exchange.publish(Box(3))
        #expect(exchange.latest().value == 3)
    }

    @Test func exchangeAcrossThreadsIsMonotonic() async {
        let exchange = SnapshotExchange(initial: Box(0))
        let count = 200_000
        let producer = Thread {
            for value in 1...count { exchange.publish(Box(value)) }
        }
        producer.start()
        var last = 0
        while last < count {
            let value = exchange.latest().value
            #expect(value >= last)
            last = value
        }
    }

    @Test func lossHistoryStaysBoundedAndSpansTheRun() {
        var history = LossHistory(capacity: 64)
        for step in 0..<10_000 {
            history.record(LossSample(step: step, trainLoss: Float(step), testLoss: nil))
        }
        #expect(history.samples.count <= 64)
        #expect(history.samples.count >= 32)
        #expect(history.samples.first?.step == 0)
        #expect(history.samples.last!.step > 9_000)
        let gaps = zip(history.samples.dropFirst(), history.samples).map { $0.step - $1.step }
        #expect(Set(gaps).count == 1, "samples are evenly spaced")
    }

    @Test func shapesParseAndRefuseNonsense() throws {
        let shape = try NetworkShape(parsing: "2-16-16-3", activation: .tanh)
        #expect(shape.layerSizes == [2, 16, 16, 3])
        #expect(shape.hiddenActivations == [.tanh, .tanh])
        #expect(ParameterLayout(shape: shape).parameterCount == 2 * 16 + 16 + 16 * 16 + 16 + 16 * 3 + 3)

        #expect(throws: ShapeError.notANumber("a")) {
            try NetworkShape(parsing: "2-a-3", activation: .relu)
        }
        #expect(throws: ShapeError.notANumber("")) {
            try NetworkShape(parsing: "2-x-3", activation: .relu)
        }
        #expect(throws: ShapeError.notANumber("")) {
            try NetworkShape(parsing: "2--3", activation: .relu)
        }
        #expect(throws: ShapeError.widthOutOfRange(1000)) {
            try NetworkShape(parsing: "2-1000-3", activation: .relu)
        }
        #expect(throws: ShapeError.tooFewClasses) {
            try NetworkShape(parsing: "2-8-1", activation: .relu)
        }
    }

    @Test func cpuForwardAgreesWithTheBatchPath() throws {
        let dataset = try DatasetSpec(kind: .circles, pointsPerClass: 30, classCount: 2, seed: 2)
            .generate()
        let shape = try NetworkShape(parsing: "2-9-7-2", activation: .sigmoid)
        let session = TrainingSession(dataset: dataset, shape: shape,
                                      settings: TrainingSettings(initialization: .xavier), seed: 6)
        for _ in 0..<50 { session.advance() }
        let network = session.network

        var total: Float = 0
        for point in dataset.points {
            let probabilities = network.probabilities(for: [point.position.x, point.position.y])
            total -= log(probabilities[point.label])
        }
        let penalty = session.evaluate().trainLoss - total / Float(dataset.points.count)
        let expected = Propagation.regularizationLoss(
            layout: network.layout, parameters: network.parameters, regularization: .l2(1e-3))
        #expect(abs(penalty - expected) < 1e-4)
    }
}
