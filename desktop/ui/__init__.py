"""The Qt widgets of the application, generated from the form definition."""
