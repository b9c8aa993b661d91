// The GL layer and the renderers live here; see the Rendering issue's work in progress.
