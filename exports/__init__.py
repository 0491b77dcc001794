"""Files in and out: reports and workbooks made from reviews. Imports ``forms`` only."""
