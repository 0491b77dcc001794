"""The jobs a person asks for, shared by the command line and the window.

Each operation takes an open :class:`desktop.store.Store` (and files), does
the whole job or nothing, returns a typed result and raises only
:class:`forms.errors.UserError` for what a person can put right. The command
line prints the result; the window shows it, running the long jobs off the
UI thread.
"""
