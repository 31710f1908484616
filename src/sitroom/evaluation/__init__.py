"""evaluation: benchmarks of quality and speed behind `sitroom bench`."""
