"""After the programme: a member's consent to the follow-up, her situation at the end and 3, 6 and
12 months later, the follow-ups that are due, and the outcomes in aggregate for the report."""
