"""What a shadow review asks and what was answered: pure Python, no Qt, no SQLite."""
