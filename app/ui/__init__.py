"""The Qt shell: the main window, one package per tab, shared widgets. The only place Qt lives."""
