// What --help and --version print.

enum HelpText {
    static let version = "neurolume 0.1.0"

    static let usage = """
        neurolume: a neural network learning live on the GPU

        usage:
          neurolume [run] [options]                    open the live window
          neurolume screenshot -o FILE.png [options]   train, render one frame offscreen
          neurolume bench render [--runs N]            offscreen render benchmark
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

        exit status: 0 ok, 1 failure, 64 bad command line, 78 bad configuration file

        window:
          --no-vsync            draw as fast as possible (for measuring)
          --watch-shaders       recompile shaders when their files change
          --log-loss            loss panel on a logarithmic axis
          --shaders DIR         read shaders from DIR instead of searching for Shaders/
          --record FILE.mp4     record the window from the start (V starts and stops)
          --video-folder DIR    where recordings and screenshots go (XDG videos folder)
          --session FILE        log every command with its frame, for replay and render

        screenshot:
          -o, --output FILE     the PNG to write
          --size WxH            frame size in pixels (default 1280x720)
          --steps N             training steps before the frame (default 3000)

        scene:
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

        keys in the window:
          space pause/resume   r new weights   l log/linear loss   c contour   esc quit
          v record video       p save a PNG

        -h, --help, --version
        """
}
