"""After the programme: the follow-up dialog of a member (Members tab)."""
