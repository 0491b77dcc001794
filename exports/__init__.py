"""Files in and out: reports and workbooks made from reviews. Imports ``forms`` only."""

import os

# openpyxl writes and reads through lxml whenever it is installed (python-docx, for the
# Word report, brings it). Through lxml, the workbooks take a fifth longer to export and
# two fifths longer to import here, so openpyxl keeps to its ElementTree path unless told
# otherwise; exports.xlsx_sheet_xml writes the same bytes either way.
os.environ.setdefault("OPENPYXL_LXML", "False")
