"""The directory area: organisations and outside people around the cooperative, and mentors."""
