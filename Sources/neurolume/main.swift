import Foundation

if CommandLine.arguments.dropFirst().elementsEqual(["bench", "train"]) {
    exit(try TrainBenchmark.run())
}
print("neurolume")
