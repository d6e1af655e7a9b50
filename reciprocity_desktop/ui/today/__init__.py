"""The Today page: what the day holds (:mod:`.view`), in titled lists (:mod:`.section`)."""
