"""Qt screens: they call services with plain values and show plain results."""
