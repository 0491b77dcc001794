"""The form version new reviews are written against.

A number alone, apart from the loader: code that only needs to name the
current version does not import the definition classes (a quicker start).
"""

#: The version new reviews are written against.
CURRENT_VERSION = 1
