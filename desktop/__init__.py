"""The GCM Shadow Review application: the store, the command line and the window."""

__version__ = "0.1.0"
