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

        window:
          --no-vsync            draw as fast as possible (for measuring)
          --watch-shaders       recompile shaders when their files change
          --log-loss            loss panel on a logarithmic axis
          --shaders DIR         read shaders from DIR instead of searching for Shaders/

        screenshot:
          -o, --output FILE     the PNG to write
          --size WxH            frame size in pixels (default 1280x720)
          --steps N             training steps before the frame (default 3000)
          --view NAME           all, surface, circuit, waves, field (all)
          --time SECONDS        the animation clock at the frame (0)
          --planes              draw each first-layer neuron's line over the surface
          --neuron L:I          pin neuron I of layer L (0 = inputs): its map on the plot

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

        keys in the window:
          space pause/resume   r new weights   l log/linear loss   c contour   i neuron planes
          esc quit

        -h, --help, --version
        """
}
