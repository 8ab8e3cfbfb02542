"""The labels area: what a food label says (content) and the sticker sheet templates."""
