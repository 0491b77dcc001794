"""Icons, translations and the stylesheet, located with ``importlib.resources``."""
