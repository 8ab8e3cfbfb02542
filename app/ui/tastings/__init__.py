"""The Tastings page of the Menus tab: every member edits the questions of a recipe version,
prints the paper questionnaire, types the forms fast and sees the results next to the cost."""
