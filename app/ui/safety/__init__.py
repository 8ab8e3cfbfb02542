"""Data safety in the window: backups, restore, trash, personal data (services: backup, trash,
personal_data)."""
