"""Ids of the editor pages that are not a section or an item of the form."""

# The overview: ratings and completeness at a glance.
OVERVIEW = "overview"
# A coalition review's list of member contributions.
CONTRIBUTIONS = "contributions"
