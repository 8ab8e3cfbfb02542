"""The register of decisions by consent (`register`), its search (`search`) and the group's
founding documents that members sign (`documents`)."""
