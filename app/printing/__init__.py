"""PDF documents made with reportlab, free of Qt: each returns PDF bytes or writes a file."""
