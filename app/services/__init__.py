"""The domain, free of Qt: functions that take a Session and return plain data."""
