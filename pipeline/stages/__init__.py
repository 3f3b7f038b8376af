"""The stages, in the order an article goes through them (see the package's docstring)."""
