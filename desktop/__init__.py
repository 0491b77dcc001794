"""The GCM Shadow Review application: the store, the command line and the window."""

__version__ = "0.1.0"
#: The application's name, as windows and dialogs show it.
APP_NAME = "GCM Shadow Review"
