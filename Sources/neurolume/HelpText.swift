// What --help and --version print. The keys come from KeyMap, the table the window uses.

import Foundation

enum HelpText {
    static let version = "neurolume 0.1.0"

    static let usage = """
        neurolume: a neural network learning live on the GPU

        usage:
          neurolume [run] [options]                    open the live window
          neurolume train --steps N [options]          train without a window, print the result
          neurolume screenshot -o FILE.png [options]   train, render one frame offscreen
          neurolume bench render [--runs N] [--size WxH] [--surface-only]
                                                       offscreen render benchmark
          neurolume bench train                        trainer steps/s on one core, vs. numpy
          neurolume bench record [--runs N]            frame rate with and without recording
          neurolume replay SESSION.jsonl               play a session log back in the window
          neurolume render SESSION.jsonl -o OUT.mp4 [--size WxH] [--fps N] [--frame-hashes F]
                                                       render a session offline to a video
          neurolume soak [--minutes M] [--size WxH]    the installation loop offscreen, with
                                                       memory and GL object counts

        installation and operation:
          --installation        fullscreen attract loop, caption, idle cursor, quit chord
          --fullscreen          cover a monitor at its native mode
          --monitor N|NAME      which monitor: index (0 primary) or part of its name
          --config FILE         JSON configuration (else ~/.config/neurolume/config.json)
          --print-config        print the effective configuration as JSON and exit
          --log-level LEVEL     debug, info, warn, error (info)
          --health-minutes N    minutes between health lines in the log (5)

        window:
          --no-vsync            draw as fast as possible (for measuring)
          --watch-shaders       recompile shaders when their files change
          --log-loss            loss panel on a logarithmic axis
          --shaders DIR         read shaders from DIR instead of searching for Shaders/
          --record FILE.mp4     record the window from the start (V starts and stops)
          --video-folder DIR    where recordings and screenshots go (XDG videos folder)
          --session FILE        log every command with its frame, for replay and render
          --size WxH            window size in screen points (1280x720, shrunk to fit)
          --export-dir DIR      where E saves points and network (the current directory)
          --trace               debug lines, window geometry, point positions, edits and the
                                milliseconds from each mouse move to the first frame showing it

        train:
          --steps N             optimizer steps (3000), with a progress bar on a terminal
          --save-weights FILE   save the trained network as JSON, for --weights

        screenshot:
          -o, --output FILE     the PNG to write
          --size WxH            frame size in pixels (default 1280x720)
          --steps N             training steps before the frame (default 3000)
          --view NAME           all, surface, circuit, waves, field (all)
          --time SECONDS        the animation clock at the frame (0)
          --planes              draw each first-layer neuron's line over the surface
          --neuron L:I          pin neuron I of layer L (0 = inputs): its map on the plot

        scene:
          --data FILE.csv       x,y,label points (a header line is optional), instead of a dataset
          --weights FILE.json   a saved network (E, --save-weights) to go on training
          --dataset KIND        spiral, xor, circles, blobs, moons, checkerboard (spiral)
          --points N            points per class (100)
          --classes K           classes, 2...8 (3)
          --noise X             the dataset's jitter (its own default)
          --seed N              data and weight seed (1)
          --net 2-16-16-3       layer widths, input to output (2-100-K)
          --activation NAME     relu, leaky-relu, tanh, sigmoid, linear (relu)
          --lr X                learning rate (0.01)
          --optimizer NAME      sgd, momentum, adam (adam)
          --batch N|full        samples per step (32)
          --reg SPEC            none, l2:STRENGTH, l1:STRENGTH (l2:0.001)
          --step-rate N         training steps per second in the window (400)

        keys in the window (H shows them there too):
        \(keys)

          Letters and symbols follow the character the keyboard layout types, so + ? [ ] are
          the keys labelled so; Ctrl shortcuts follow the layout's letter too. The digits,
          Space, Tab, Esc, Del and Backspace are read by position (GLFW key tokens).

        exit status: 0 done, 64 bad command line, 65 bad data or network file, 73 output file
        not writable, 78 bad configuration file, 1 anything else (no display, training
        diverged, …)

        -h, --help, --version
        """

    /// The key table as aligned lines.
    private static var keys: String {
        let width = KeyMap.help.map(\.keys.count).max() ?? 0
        return KeyMap.help.map { row in
            "  " + row.keys.padding(toLength: width + 2, withPad: " ", startingAt: 0) + row.action
        }.joined(separator: "\n")
    }
}
